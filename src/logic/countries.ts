/**
 * Countries by any of their names: the names `Intl.DisplayNames` gives in every interface language, the
 * country's own name (in its own languages), and the names the content adds, in any script. Folded by
 * normalizeText, so `maroc`, `Marokko`, `MAROKKO` and `المغرب` all find Morocco. Pure: no DOM.
 */
import { countryName } from './country-codes.js';
import { normalizeText } from './text.js';

/** The languages of a country's own name: those the content gives, else its main language by CLDR's likely subtags (`MA` -> `ar`). */
export function ownLanguages(code: string, given: readonly string[] = []): string[] {
  if (given.length > 0) return [...given];
  try {
    const language = new Intl.Locale(`und-${code}`).maximize().language;
    return language && language !== 'und' ? [language] : [];
  } catch {
    return [];
  }
}

/** A country the search knows: its code and every name to match. */
export interface CountryEntry {
  code: string;
  /** Its names, as written (for showing which name matched). */
  names: readonly string[];
}

/** What a country is searched by: its code and the extra names and own languages the content gives. */
export interface CountrySource {
  country: string;
  otherNames?: readonly string[];
  ownLanguages?: readonly string[];
  name?: Readonly<Record<string, string>>;
}

/**
 * Every name of a country: in each of `locales` (the interface languages), in its own languages, the
 * content's localized name and its other names. Duplicates removed, in that order.
 */
export function countryNames(source: CountrySource, locales: readonly string[]): string[] {
  const names = [
    ...locales.map((locale) => countryName(source.country, locale)),
    ...ownLanguages(source.country, source.ownLanguages).map((language) => countryName(source.country, language)),
    ...Object.values(source.name ?? {}),
    ...(source.otherNames ?? []),
  ];
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name.trim() !== ''))];
}

/** The search's entries for `sources`, names in `locales` (the interface languages) and the content's. */
export function countryEntries(sources: readonly CountrySource[], locales: readonly string[]): CountryEntry[] {
  return sources.map((source) => ({ code: source.country, names: countryNames(source, locales) }));
}

/** A country found: its code, how well it matched (lower is better) and the name that matched. */
export interface CountryMatch {
  code: string;
  rank: number;
  name: string;
}

/**
 * The countries whose names match `query`, best first: a whole name (0), the start of a name (1), the
 * start of a word of a name (2), anywhere in a name (3, three letters or more typed); a code typed in
 * full (`MA`) counts as a whole name. Ties keep the order of `entries`. Empty for an empty query.
 */
export function searchCountries(entries: readonly CountryEntry[], query: string): CountryMatch[] {
  const folded = normalizeText(query);
  if (folded === '') return [];
  const matches: CountryMatch[] = [];
  entries.forEach((entry) => {
    let best: CountryMatch | undefined;
    if (folded === entry.code.toLowerCase()) best = { code: entry.code, rank: 0, name: entry.code };
    for (const name of entry.names) {
      const candidate = normalizeText(name);
      const rank =
        candidate === folded
          ? 0
          : candidate.startsWith(folded)
            ? 1
            : candidate.split(' ').some((word) => word.startsWith(folded))
              ? 2
              : folded.length >= 3 && candidate.includes(folded)
                ? 3
                : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { code: entry.code, rank, name };
    }
    if (best) matches.push(best);
  });
  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => a.match.rank - b.match.rank || a.order - b.order)
    .map(({ match }) => match);
}
