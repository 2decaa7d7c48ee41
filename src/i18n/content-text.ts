import { primaryLanguage, tagFallbacks } from './negotiate.js';

/** Languages tried, in this order, when none of the reader's languages has the text. */
const CONTENT_FALLBACK_CHAIN: readonly string[] = ['en', 'nl', 'fr'];

/**
 * In a list of requested languages, stands for the record's own first language: where a place has two
 * official languages (Brussels), the name an organisation put first is the one it goes by.
 */
export const RECORD_ORDER = '*';

/** Text chosen from a localized record, with the language it is in. */
export interface PickedText {
  /** The text itself. */
  readonly text: string;
  /** The key it was found under (`fr`, `fr-BE`): put it in a `lang` attribute. */
  readonly lang: string;
  /** The language the reader asked for first (`ar`). */
  readonly requested: string;
  /** True when the text is not in the requested language (compared by language subtag). */
  readonly fallback: boolean;
}

/**
 * Picks the text to show from `{ nl: '...', fr: '...', en: '...' }`. Tries each requested language in
 * turn (a tag, then its shorter forms: `fr-BE`, `fr`; then any key of the same language: `fr` finds
 * `fr-BE`; {@link RECORD_ORDER}: the record's first language), then English, Dutch, French, then the
 * first language present. Callers append the languages of the place a text is about (see
 * `placeTextLanguages` in ../logic/geo.ts) to the reader's, so that a name with no text in the reader's
 * language shows in the language of its place ("CPAS de Liège", not "OCMW Luik"). Empty strings count as missing.
 * Returns undefined only for an empty or missing record. Pure: no DOM, no global state.
 */
export function pickText(record: Readonly<Record<string, string>> | null | undefined, requested: string | readonly string[]): PickedText | undefined {
  if (!record) return undefined;
  const wanted = (typeof requested === 'string' ? [requested] : requested).filter(Boolean);
  const first = (wanted[0] === RECORD_ORDER ? undefined : wanted[0]) ?? CONTENT_FALLBACK_CHAIN[0]!;
  const keys = Object.keys(record).filter((key) => typeof record[key] === 'string' && record[key] !== '');
  if (keys.length === 0) return undefined;
  const byLower = new Map(keys.map((key) => [key.toLowerCase(), key] as const));

  const find = (tag: string): string | undefined => {
    if (tag === RECORD_ORDER) return keys[0];
    for (const candidate of tagFallbacks(tag)) {
      const hit = byLower.get(candidate.toLowerCase());
      if (hit) return hit;
    }
    const language = primaryLanguage(tag);
    return keys.find((key) => primaryLanguage(key) === language);
  };

  let key: string | undefined;
  for (const tag of [...wanted, ...CONTENT_FALLBACK_CHAIN]) {
    key = find(tag);
    if (key) break;
  }
  key ??= keys[0]!;
  return {
    text: record[key]!,
    lang: key,
    requested: first,
    fallback: primaryLanguage(key) !== primaryLanguage(first),
  };
}
