/**
 * The official languages of Belgian places, from a municipality's NIS code or a postcode: the languages
 * content text falls back to for a place's name, and for the names of what is there. A module of its
 * own, apart from ./geo.ts: the walk-in schedule needs these few lines, not the postcode lookups.
 */
import { RECORD_ORDER } from '../i18n/content-text.js';

const FRENCH_DUTCH = ['fr', 'nl'] as const;
const FRENCH = ['fr'] as const;
const DUTCH = ['nl'] as const;
const GERMAN = ['de'] as const;
/** NIS codes of the nine municipalities of the German-speaking Community. */
const GERMAN_COMMUNITY = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/**
 * The official language(s) of a Belgian municipality, from its NIS code (the first digits are the
 * province): Brussels-Capital French and Dutch, Flanders Dutch, Wallonia French, the German-speaking
 * Community German. A place name falls back to these for a reader whose language has none, so an
 * English or Arabic reader sees "Liège", the name on the signs there, not the Dutch "Luik".
 */
export function municipalityLanguages(nis: string): readonly string[] {
  if (GERMAN_COMMUNITY.has(nis)) return GERMAN;
  if (nis.startsWith('21')) return FRENCH_DUTCH;
  return /^(25|5|6|8|9)/.test(nis) ? FRENCH : DUTCH;
}

/** The same from a postcode (ranges of the Belgian postcode system); none for what is not a Belgian postcode. */
export function postcodeLanguages(postcode: string): readonly string[] {
  const n = /^\d{4}$/.test(postcode.trim()) ? Number(postcode) : 0;
  if (n < 1000) return [];
  if (n < 1300) return FRENCH_DUTCH;
  if (n < 1500) return FRENCH;
  if (n < 4000 || n >= 8000) return DUTCH;
  return n >= 4700 && n <= 4791 ? GERMAN : FRENCH;
}

const IN_RECORD_ORDER = [RECORD_ORDER] as const;

/**
 * The languages to fall back to for content text about something at `postcode` (an organisation's or
 * a service's name, a location's name), after the reader's: the place's official language (French in
 * Wallonia, Dutch in Flanders, German in the German-speaking Community); in Brussels the record's own
 * first language (see `pickText`). Place names themselves use {@link postcodeLanguages}.
 */
export function placeTextLanguages(postcode: string | undefined): readonly string[] {
  if (postcode === undefined) return [];
  const languages = postcodeLanguages(postcode);
  return languages === FRENCH_DUTCH ? IN_RECORD_ORDER : languages;
}
