import { canonicalTag, primaryLanguage } from './negotiate.js';

/** Scripts written right to left (ISO 15924 codes). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** Languages whose usual script is right to left, for engines without `Intl.Locale#maximize`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

const cache = new Map<string, 'ltr' | 'rtl'>();

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
