import { canonicalTag, primaryLanguage } from './negotiate.js';

/** Scripts written right to left (ISO 15924 codes). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** Languages whose usual script is right to left, for engines without `Intl.Locale#maximize`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * Languages usually written left to right that content and readers use most: known without asking
 * `Intl.Locale#maximize`, whose first call loads the likely-subtags data (tens of ms on a slow phone).
 */
const LTR_LANGUAGES = new Set([
  'en',
  'fr',
  'nl',
  'de',
  'es',
  'it',
  'pt',
  'pl',
  'ro',
  'tr',
  'ru',
  'uk',
  'bg',
  'sq',
  'sr',
  'hr',
  'bs',
  'mk',
  'ka',
  'hy',
  'am',
  'ti',
  'so',
  'sw',
  'ln',
  'wo',
  'ff',
  'ha',
  'yo',
  'ig',
  'om',
  'mn',
  'vi',
  'zh',
  'ja',
  'ko',
  'hi',
  'bn',
  'ta',
  'ne',
  'th',
]);

const cache = new Map<string, 'ltr' | 'rtl'>();

/** The direction of a tag without a script subtag, from the tables above; `undefined` for a language they do not know. */
function knownDirection(lower: string): 'ltr' | 'rtl' | undefined {
  if (lower.split('-').some((subtag) => /^[a-z]{4}$/.test(subtag))) return undefined;
  const language = primaryLanguage(lower);
  if (RTL_LANGUAGES.has(language)) return 'rtl';
  return LTR_LANGUAGES.has(language) ? 'ltr' : undefined;
}

/**
 * The writing direction of a language: `rtl` for Arabic, Persian, Pashto, Hebrew, Urdu, ..., `ltr`
 * otherwise. A script subtag decides when present (`ku-Arab` is rtl, `ku-Latn` ltr); otherwise the
 * language's likely script does (`ps` -> Arab).
 */
export function textDirection(tag: string | null | undefined): 'ltr' | 'rtl' {
  const canonical = canonicalTag(tag);
  if (!canonical) return 'ltr';
  let dir = cache.get(canonical);
  if (dir) return dir;
  dir = knownDirection(canonical.toLowerCase());
  if (dir) {
    cache.set(canonical, dir);
    return dir;
  }
  let script: string | undefined;
  try {
    const locale = new Intl.Locale(canonical);
    script = locale.script ?? locale.maximize().script;
  } catch {
    script = undefined;
  }
  if (script) dir = RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  else {
    const lower = canonical.toLowerCase();
    dir = RTL_LANGUAGES.has(lower) || RTL_LANGUAGES.has(primaryLanguage(lower)) ? 'rtl' : 'ltr';
  }
  cache.set(canonical, dir);
  return dir;
}
