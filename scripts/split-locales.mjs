// Splits each translation module that `lit-localize build` writes (src/generated/locales/<locale>.ts) by
// the namespace of its message ids: `walkin.*` strings go to src/generated/locales/<locale>/walkin.ts,
// `finder.*` to .../finder.ts, and the strings every element shares (`content.*`, `parts.*`, `common.*`) to
// .../common.ts. So a page with one widget in Arabic downloads the shared strings and that widget's, not
// every widget's. Writes src/generated/locale-loaders.ts: one static import() per module, which every
// bundler splits into a chunk of its own. Run after `lit-localize build` (npm run localize:build does both).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const generated = join(root, 'src/generated');
const folder = join(generated, 'locales');
/** Namespaces whose strings every element uses: they load with the first element of a language. */
export const SHARED = ['common', 'content', 'parts'];

const files = readdirSync(folder).filter((file) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(file));
const table = {};
for (const file of files) {
  const locale = file.slice(0, -3);
  const text = readFileSync(join(folder, file), 'utf8');
  const start = text.indexOf('export const templates = {');
  const end = text.lastIndexOf('};');
  if (start < 0 || end < start) throw new Error(`split-locales: ${file} is not in the form lit-localize writes`);
  const header = text.slice(0, start);
  // One entry per line: `'id': ...,` (a template may hold line breaks as \n escapes, never raw ones).
  const groups = new Map();
  for (const line of text.slice(start + 'export const templates = {'.length, end).split('\n')) {
    const match = /^\s*'([^']+)':/.exec(line);
    if (!match) {
      if (line.trim()) throw new Error(`split-locales: ${file}: unexpected line ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    const prefix = match[1].split('.')[0];
    const namespace = SHARED.includes(prefix) ? 'common' : prefix;
    if (!groups.has(namespace)) groups.set(namespace, []);
    groups.get(namespace).push(line.trim());
  }
  if (!groups.has('common')) groups.set('common', []);
  rmSync(join(folder, locale), { recursive: true, force: true });
  mkdirSync(join(folder, locale));
  for (const [namespace, lines] of groups) {
    const usesStr = lines.some((line) => /\bstr`/.test(line));
    const head = usesStr ? header : header.replace(/^\s*import \{str\} from '@lit\/localize';\s*$/m, '');
    writeFileSync(join(folder, locale, `${namespace}.ts`), `${head}export const templates = {\n  ${lines.join('\n  ')}\n};\n`);
  }
  rmSync(join(folder, file));
  table[locale] = [...groups.keys()].sort();
}

const lines = Object.entries(table).map(
  ([locale, namespaces]) =>
    `  ${locale}: {\n${namespaces.map((ns) => `    ${JSON.stringify(ns)}: () => import('./locales/${locale}/${ns}.js'),`).join('\n')}\n  },`,
);
writeFileSync(
  join(generated, 'locale-loaders.ts'),
  `// Do not modify this file by hand: scripts/split-locales.mjs writes it after lit-localize build.
import type { LocaleModule } from '@lit/localize';

/** The translation modules of each language, by namespace ('common': the strings every element shares). */
export const localeLoaders: Record<string, Record<string, () => Promise<LocaleModule>>> = {
${lines.join('\n')}
};
`,
);
