/**
 * Distances and Belgian places, computed on the reader's device: nothing about the reader's position
 * leaves the page. Places come from the `places` table of the services dataset (postcode -> municipality
 * -> names and centre).
 */
import type { LocalizedText } from '../content/schema/common.js';
import type { Places } from '../content/schema/services.js';
import { runSteps, type Steps } from '../internal/steps.js';
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

/** Builds the lookups of a places table at once. */
export function buildPlaceIndex(places: Places): PlaceIndex {
  return runSteps(placeIndexSteps(places));
}

/**
 * {@link buildPlaceIndex} as steps, pausing every 64 entries: Belgium's table (about 580 municipalities,
 * 1,150 postcodes, their names folded) takes some 10 ms on a laptop, 40 ms on a slow phone.
 */
export function* placeIndexSteps(places: Places): Steps<PlaceIndex> {
  const municipalities = new Map<string, PlaceMunicipality>();
  let done = 0;
  for (const [nis, entry] of Object.entries(places.municipalities)) {
    if ((++done & 63) === 0) yield;
    const centre = entry.lat !== undefined && entry.lon !== undefined ? { lat: entry.lat, lon: entry.lon } : undefined;
    municipalities.set(nis, { nis, name: entry.name, ...(centre ? { centre } : {}), postcodes: [] });
  }
  const postcodes = new Map<string, string[]>();
  for (const [postcode, codes] of Object.entries(places.postcodes)) {
    if ((++done & 63) === 0) yield;
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
    if ((++done & 63) === 0) yield;
    municipality.postcodes.sort();
    for (const name of new Set(Object.values(municipality.name).map(normalizeText))) {
      add(names, name, municipality.nis);
      for (const word of name.split(' ')) if (word.length >= 4) add(nameWords, word, municipality.nis);
    }
  }
  return { municipalities, postcodes, names, sortedNames: [...names.keys()].sort(), nameWords };
}

/** Abbreviations on Belgian signs and letters, folded: `St-Gilles`, `Sint-`, `St.-Truiden`, `Ste-Ode`. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { st: ['saint', 'sint', 'sankt'], ste: ['sainte'], sts: ['saints'] };

/** The spellings a folded place name may stand for: itself, and with its abbreviations written out. */
function spellings(folded: string): string[] {
  let out = [''];
  for (const word of folded.split(' ')) {
    const options = [word, ...(ABBREVIATIONS[word] ?? [])];
    out = out.flatMap((start) => options.map((option) => (start ? `${start} ${option}` : option)));
  }
  return out;
}

/** `1000 Bruxelles`, `B-1000`, `Bruxelles 1000` (folded): the postcode and the name beside it. */
const POSTCODE_FIRST = /^(?:b )?(\d{4})(?: (.+))?$/;
const POSTCODE_LAST = /^(.+) (\d{4})$/;

/**
 * The municipalities a folded name stands for: a whole name in any language, with abbreviations
 * written out; else the one municipality with a word of its name (`molenbeek`), or whose name starts
 * so (`saint josse` for Saint-Josse-ten-Noode). Several, or none, when that is not enough to tell.
 */
function namedMunicipalities(index: PlaceIndex, folded: string): { codes: readonly string[]; exact: boolean } {
  const variants = spellings(folded);
  for (const variant of variants) {
    const exact = index.names.get(variant);
    if (exact) return { codes: exact, exact: true };
  }
  const found = new Set<string>();
  for (const variant of variants) {
    for (const nis of (variant.includes(' ') ? undefined : index.nameWords.get(variant)) ?? []) found.add(nis);
    const start = `${variant} `;
    for (let i = lowerBound(index.sortedNames, start); index.sortedNames[i]?.startsWith(start); i += 1) {
      for (const nis of index.names.get(index.sortedNames[i]!)!) found.add(nis);
    }
  }
  return { codes: [...found], exact: false };
}

/** The first position in sorted `list` whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves what a reader typed in a "postcode or municipality" field, as people write it on letters
 * and as the cards print it: a four-digit postcode (`1050`), with or without the name beside it
 * (`1000 Bruxelles`, `1080 Molenbeek`, `B-1000`); a municipality name in any language, accents, case
 * and hyphens ignored (`Elsene`, `ixelles`, `Luik`), with the usual abbreviations (`St-Gilles`,
 * `Sint-Gillis`, `St.-Truiden`, `Ste-Ode`); or one word of a single municipality's name, as people say
 * it (`Molenbeek` for Sint-Jans-Molenbeek; `Woluwe`, two municipalities, is not enough). A postcode the
 * table knows wins over the name beside it (the name picks among the postcode's municipalities).
 * Returns `undefined` otherwise.
 */
export function resolvePlace(index: PlaceIndex, input: string): PlaceMatch | undefined {
  const folded = normalizeText(input);
  const first = POSTCODE_FIRST.exec(folded);
  const last = first ? null : POSTCODE_LAST.exec(folded);
  const postcode = first?.[1] ?? last?.[2];
  const name = first ? (first[2] ?? '') : last ? last[1]! : folded;
  const { codes: named, exact } = name === '' ? { codes: [], exact: false } : namedMunicipalities(index, name);
  const codes = postcode === undefined ? undefined : index.postcodes.get(postcode);
  if (postcode !== undefined && codes) {
    const municipality = index.municipalities.get(codes.find((code) => named.includes(code)) ?? codes[0]!);
    if (!municipality) return undefined;
    return { kind: 'postcode', postcode, municipality, ...(municipality.centre ? { centre: municipality.centre } : {}) };
  }
  const municipality = named.length === 1 || (exact && named.length > 1) ? index.municipalities.get(named[0]!) : undefined;
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
  const variants = spellings(folded);
  for (const key of index.sortedNames) if (variants.some((variant) => key.startsWith(variant))) offer(key);
  if (folded.length >= 3) {
    const later = variants.map((variant) => ` ${variant}`);
    for (const key of index.sortedNames) if (later.some((variant) => key.includes(variant))) offer(key);
  }
  return out;
}
