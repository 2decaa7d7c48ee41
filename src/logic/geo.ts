/**
 * Distances and Belgian places, computed on the reader's device: nothing about the reader's position
 * leaves the page. Places come from the `places` table of the services dataset (postcode -> municipality
 * -> names and centre).
 */
import type { LocalizedText } from '../content/schema/common.js';
import type { Places } from '../content/schema/services.js';
import { normalizeText } from './text.js';

/** A point in WGS 84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres (haversine formula, mean Earth radius). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A municipality of the table. */
export interface PlaceMunicipality {
  /** NIS (REFNIS) code, e.g. `21004` for the City of Brussels. */
  nis: string;
  name: LocalizedText;
  /** Its centre, when the table has one. */
  centre?: LatLon;
  /** Its postcodes, in ascending order. */
  postcodes: string[];
}

/** What a postcode or a municipality name typed by a reader resolves to. */
export interface PlaceMatch {
  kind: 'postcode' | 'municipality';
  /** The postcode, when the reader typed one. */
  postcode?: string;
  municipality: PlaceMunicipality;
  /** The point to measure distances from: the municipality's centre (absent when unknown). */
  centre?: LatLon;
}

/** Lookups over a places table, built once per dataset with {@link buildPlaceIndex}. */
export interface PlaceIndex {
  municipalities: ReadonlyMap<string, PlaceMunicipality>;
  /** Postcode -> NIS codes, the main municipality first. */
  postcodes: ReadonlyMap<string, readonly string[]>;
  /** Folded municipality name (any language) -> NIS codes. */
  names: ReadonlyMap<string, readonly string[]>;
  /** Folded names, sorted, for suggestions by prefix. */
  sortedNames: readonly string[];
  /** Each word of a folded name (`molenbeek` of `sint jans molenbeek`) -> NIS codes. */
  nameWords: ReadonlyMap<string, readonly string[]>;
}

/** Builds the lookups of a places table. */
export function buildPlaceIndex(places: Places): PlaceIndex {
  const municipalities = new Map<string, PlaceMunicipality>();
  for (const [nis, entry] of Object.entries(places.municipalities)) {
    const centre = entry.lat !== undefined && entry.lon !== undefined ? { lat: entry.lat, lon: entry.lon } : undefined;
    municipalities.set(nis, { nis, name: entry.name, ...(centre ? { centre } : {}), postcodes: [] });
  }
  const postcodes = new Map<string, string[]>();
  for (const [postcode, codes] of Object.entries(places.postcodes)) {
    const known = codes.filter((code) => municipalities.has(code));
    if (known.length === 0) continue;
    postcodes.set(postcode, known);
    for (const code of known) municipalities.get(code)!.postcodes.push(postcode);
  }
  const names = new Map<string, string[]>();
  const nameWords = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, nis: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(nis)) list.push(nis);
    map.set(key, list);
  };
  for (const municipality of municipalities.values()) {
    municipality.postcodes.sort();
    for (const name of new Set(Object.values(municipality.name).map(normalizeText))) {
      add(names, name, municipality.nis);
      for (const word of name.split(' ')) if (word.length >= 4) add(nameWords, word, municipality.nis);
    }
  }
  return { municipalities, postcodes, names, sortedNames: [...names.keys()].sort(), nameWords };
}

/**
 * Resolves what a reader typed in a "postcode or municipality" field: a four-digit postcode
 * (`1050`), or a municipality name in any language, accents and case ignored (`Elsene`, `ixelles`,
 * `Luik`), or one word of a single municipality's name, as people say it (`Molenbeek` for
 * Sint-Jans-Molenbeek; `Woluwe`, two municipalities, is not enough). Returns `undefined` otherwise.
 */
export function resolvePlace(index: PlaceIndex, input: string): PlaceMatch | undefined {
  const folded = normalizeText(input);
  if (/^\d{4}$/.test(folded)) {
    const main = index.postcodes.get(folded)?.[0];
    const municipality = main === undefined ? undefined : index.municipalities.get(main);
    if (!municipality) return undefined;
    return { kind: 'postcode', postcode: folded, municipality, ...(municipality.centre ? { centre: municipality.centre } : {}) };
  }
  const byWord = folded.includes(' ') ? undefined : index.nameWords.get(folded);
  const code = index.names.get(folded)?.[0] ?? (byWord?.length === 1 ? byWord[0] : undefined);
  const municipality = code === undefined ? undefined : index.municipalities.get(code);
  if (!municipality) return undefined;
  return { kind: 'municipality', municipality, ...(municipality.centre ? { centre: municipality.centre } : {}) };
}

/** The municipality whose addresses a postcode mainly covers (its NIS code). */
export function municipalityOfPostcode(index: PlaceIndex, postcode: string): string | undefined {
  return index.postcodes.get(postcode.trim())?.[0];
}

/** A suggestion for a place field: the value to put in it, a label to show beside it, and its municipality. */
export interface PlaceSuggestion {
  value: string;
  label: string;
  /** NIS code of the municipality suggested. */
  nis: string;
}

/**
 * Suggestions for what a reader is typing in a "postcode or municipality" field, at most `limit`.
 * Digits: the postcodes that start with them, labelled with their main municipality's name (`name` picks
 * it in the reader's language). Letters: the municipalities with a name (in any language) that starts
 * with them, then, from three letters on, those with a later word of a name that does, since people
 * say "Niklaas" or "Woluwe" for Sint-Niklaas or Sint-Lambrechts-Woluwe. Each municipality comes once,
 * under the name that matched (the reader's own spelling), labelled with its first postcodes.
 */
export function suggestPlaces(
  index: PlaceIndex | undefined,
  input: string,
  name: (municipality: PlaceMunicipality) => string,
  limit = 8,
): PlaceSuggestion[] {
  const folded = normalizeText(input);
  if (!index || folded === '') return [];
  if (/^\d+$/.test(folded)) {
    const postcodes = [...index.postcodes.keys()].filter((postcode) => postcode.startsWith(folded)).sort();
    return postcodes.slice(0, limit).map((postcode) => {
      const municipality = index.municipalities.get(index.postcodes.get(postcode)![0]!)!;
      return { value: postcode, label: name(municipality), nis: municipality.nis };
    });
  }
  const out: PlaceSuggestion[] = [];
  const seen = new Set<string>();
  const offer = (key: string) => {
    for (const nis of index.names.get(key)!) {
      if (seen.has(nis) || out.length >= limit) continue;
      seen.add(nis);
      const municipality = index.municipalities.get(nis)!;
      const typed = Object.values(municipality.name).find((n) => normalizeText(n) === key);
      out.push({ value: typed ?? name(municipality), label: municipality.postcodes.slice(0, 3).join(', '), nis });
    }
  };
  for (const key of index.sortedNames) if (key.startsWith(folded)) offer(key);
  if (folded.length >= 3) {
    const later = ` ${folded}`;
    for (const key of index.sortedNames) if (key.includes(later)) offer(key);
  }
  return out;
}

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
