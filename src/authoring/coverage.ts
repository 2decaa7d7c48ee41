/**
 * Translation coverage: every text a reader sees is a localized text (`{ "en": "...", "nl": "..." }`);
 * for each language, the share of those texts that have it and the list of those that do not.
 * The texts are found by walking each dataset's schema beside the file, so only real texts count
 * (not ids, codes or keyword lists). Pure: no DOM, no Node.
 */
import { languageTagSchema, localizedTextSchema } from '../content/schema/common.js';
import type { DatasetDefinition, DatasetName } from '../content/schema/dataset.js';
import { authoringSchema } from '../content/schema/envelope.js';
import { formatPath } from '../internal/json-path.js';
import { defOf, unwrap } from './schema-def.js';

/** A localized text in a file: where it is and which languages it has. */
export interface LocalizedTextEntry {
  /** The JSON path of the text object (`$.offices[0].name`). */
  path: string;
  locales: string[];
}

function isLocalizedText(schema: unknown): boolean {
  if (schema === localizedTextSchema) return true;
  const def = defOf(schema);
  return def.type === 'record' && def.keyType === languageTagSchema && defOf(def.valueType).type === 'string';
}

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

function fits(schema: unknown, value: unknown): boolean {
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'object':
    case 'record':
      return kindOf(value) === 'object';
    case 'array':
      return Array.isArray(value);
    default:
      return true;
  }
}

function walk(wrapped: unknown, value: unknown, at: PropertyKey[], into: LocalizedTextEntry[]): void {
  if (value === undefined || value === null) return;
  const schema = unwrap(wrapped);
  if (isLocalizedText(schema)) {
    if (kindOf(value) === 'object') {
      const locales = Object.entries(value as Record<string, unknown>)
        .filter(([, text]) => typeof text === 'string' && text.trim().length > 0)
        .map(([locale]) => locale);
      into.push({ path: formatPath(at), locales });
    }
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (kindOf(value) !== 'object') return;
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        if (Object.hasOwn(value, key)) walk(child, (value as Record<string, unknown>)[key], [...at, key], into);
      }
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walk(def.element, item, [...at, i], into));
      return;
    case 'record':
      if (kindOf(value) === 'object') {
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(def.valueType, item, [...at, key], into);
      }
      return;
    case 'union': {
      const option = (def.options as unknown[]).find((candidate) => fits(candidate, value));
      if (option) walk(option, value, at, into);
      return;
    }
  }
}

/**
 * Generated tables that maintainers neither write nor translate (the services' postcode and municipality
 * table, with official names in the official languages): left out of the count.
 */
const GENERATED: Partial<Record<DatasetName, readonly string[]>> = { services: ['$.places'] };

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** Every localized text of a dataset file that maintainers translate, in file order. */
export function localizedTexts(definition: DatasetDefinition, source: unknown): LocalizedTextEntry[] {
  const into: LocalizedTextEntry[] = [];
  walk(authoringSchema(definition), source, [], into);
  const skip = GENERATED[definition.name] ?? [];
  return into.filter((entry) => !skip.some((prefix) => under(entry.path, prefix)));
}

export interface CoverageFile {
  file: string;
  definition: DatasetDefinition;
  source: unknown;
}

/** A text that lacks a language. */
interface MissingText {
  file: string;
  path: string;
  /** The languages the text has. */
  has: string[];
}

interface LocaleCoverage {
  locale: string;
  /** How many texts have this language. */
  translated: number;
  total: number;
  /** `translated / total`, 1 when there are no texts. */
  share: number;
  missing: MissingText[];
}

export interface CoverageReport {
  total: number;
  locales: LocaleCoverage[];
}

/** The languages found in the files, the usual ones first: en, nl, fr, de, then the rest in order. */
export function localesIn(files: readonly CoverageFile[]): string[] {
  const found = new Set<string>();
  for (const file of files) for (const entry of localizedTexts(file.definition, file.source)) entry.locales.forEach((l) => found.add(l));
  const first = ['en', 'nl', 'fr', 'de'];
  return [...first.filter((l) => found.has(l)), ...[...found].filter((l) => !first.includes(l)).sort()];
}

/** Coverage per language, for `locales` (default: every language the files use). */
export function coverage(files: readonly CoverageFile[], locales: readonly string[] = localesIn(files)): CoverageReport {
  const texts = files.flatMap((file) => localizedTexts(file.definition, file.source).map((entry) => ({ file: file.file, ...entry })));
  return {
    total: texts.length,
    locales: locales.map((locale) => {
      const missing = texts.filter((text) => !text.locales.includes(locale)).map(({ file, path, locales: has }) => ({ file, path, has }));
      const translated = texts.length - missing.length;
      return { locale, translated, total: texts.length, share: texts.length === 0 ? 1 : translated / texts.length, missing };
    }),
  };
}
