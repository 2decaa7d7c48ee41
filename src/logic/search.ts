/**
 * Service search: an inverted index of folded words built once per dataset, then queries that combine
 * words (all must match, each as a whole word, a prefix, or with one typo when nothing else matches),
 * filters (category, place, languages, access, open now), distance from a point and paging. Pure: no DOM,
 * no clock (the open-now test is a predicate passed in by the caller).
 *
 * ```ts
 * const index = buildServiceIndex(data.services, { organizations: data.organizations, taxonomy: data.taxonomy, places });
 * const { total, hits } = searchServices(index, { query: 'ocmw', filters: { noPapersNeeded: true }, limit: 20 });
 * ```
 */
import type { Audience, Category, Organization, Service } from '../content/schema/services.js';
import type { LocalizedText } from '../content/schema/common.js';
import { haversineKm, type LatLon, type PlaceIndex } from './geo.js';
import { boundedEditDistance, normalizeText } from './text.js';
import { runSteps, runStepsInSlices, type SliceOptions } from '../internal/steps.js';

/** How much a word counts, by the field it was found in. */
export const FIELD_WEIGHTS = {
  name: 8,
  organization: 6,
  category: 4,
  keyword: 4,
  place: 3,
  text: 1,
} as const;

const PREFIX_BASE = 0.55;
const PREFIX_LENGTH_BONUS = 0.35;
const TYPO_FACTOR = 0.4;

/** Words ignored in a query that has other words (articles, prepositions in the content languages). */
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'pour', 'avec', 'sans',
  'het', 'een', 'van', 'voor', 'op', 'in', 'met', 'zonder', 'the', 'of', 'and', 'for', 'to', 'with', 'without',
  'der', 'die', 'das', 'und', 'fur', 'mit', 'ohne',
]);

const FLAG = {
  noPapersNeeded: 1,
  walkIn: 2,
  anonymous: 4,
  noIdNeeded: 8,
  remote: 16,
  interpreters: 32,
  free: 64,
  appointment: 128,
} as const;

/** Options for {@link buildServiceIndex}: the records the services refer to. */
export interface ServiceIndexOptions {
  /** Organisations: their names and abbreviations are searched with each of their services. */
  organizations?: readonly Organization[];
  /** Categories: labels and synonyms are searched; a filter on a category includes its sub-categories. */
  taxonomy?: readonly Category[];
  /** The postcode table: municipality names (every language) are searched, and centres stand in for locations without `geo`. */
  places?: PlaceIndex;
}

/** An index over one list of services. Build once per dataset; reuse for every query. */
export interface ServiceIndex {
  readonly services: readonly Service[];
  /** Folded words, sorted. */
  readonly words: readonly string[];
  /** Postings of word `i`: `postingDocs[postingStart[i] .. postingStart[i + 1]]`, with their field weights. */
  readonly postingStart: Uint32Array;
  readonly postingDocs: Uint32Array;
  readonly postingWeights: Uint8Array;
  readonly flags: Uint8Array;
  readonly categoryDocs: ReadonlyMap<string, Uint32Array>;
  readonly languageDocs: ReadonlyMap<string, Uint32Array>;
  readonly audienceDocs: ReadonlyMap<string, Uint32Array>;
  readonly municipalityDocs: ReadonlyMap<string, Uint32Array>;
  readonly postcodeDocs: ReadonlyMap<string, Uint32Array>;
  /** Points of service `d`: `pointLat/pointLon[pointStart[d] .. pointStart[d + 1]]`; `pointApprox` is 1 for a municipality centre. */
  readonly pointStart: Uint32Array;
  readonly pointLat: Float64Array;
  readonly pointLon: Float64Array;
  readonly pointApprox: Uint8Array;
  /** Working memory of {@link searchServices}, reused between queries. */
  readonly scratch: SearchScratch;
}

export interface SearchScratch {
  serial: number;
  termStamp: Uint32Array;
  queryStamp: Uint32Array;
  hits: Uint8Array;
  score: Float32Array;
  termBest: Float32Array;
  termDocs: Uint32Array;
  groupStamp: Uint32Array;
  masks: Map<string, Uint8Array | null>;
  nameRanks: Map<string, { rank: Uint32Array; order: Uint32Array }>;
}

/** Which services to keep. Every filter given must hold; within a list, any value may match. */
export interface ServiceFilters {
  /** Category ids; a service in a sub-category of one of them matches too. */
  categories?: readonly string[];
  /** NIS code of a municipality (see `resolvePlace`): services with a location there. */
  municipality?: string;
  /** A postcode: services with a location at that postcode. */
  postcode?: string;
  /** Languages the staff speak, as language codes; `fr` matches `fr-BE`. */
  languages?: readonly string[];
  audiences?: readonly Audience[];
  /** `true`: only services that say they are accessible without residence papers. */
  noPapersNeeded?: boolean;
  /** `true`: only services where one can walk in without an appointment. */
  walkIn?: boolean;
  anonymous?: boolean;
  noIdNeeded?: boolean;
  free?: boolean;
  interpreters?: boolean;
  /** Only services within this distance of the request's `origin`, in km. */
  withinKm?: number;
  /** Keep phone- and online-only services when filtering by place or distance (default `true`). */
  includeRemote?: boolean;
  /**
   * "Open now": a predicate from the schedule logic, called only on services that passed every other
   * filter, e.g. `(service) => isOpenNow(service, now)`.
   */
  openNow?: (service: Service) => boolean;
}

export type SearchSort = 'relevance' | 'distance' | 'name';

export interface SearchRequest {
  /** What the reader typed. Empty or absent: every service that passes the filters. */
  query?: string;
  filters?: ServiceFilters;
  /** Where to measure distances from: a postcode's or municipality's centre, or the device's position. */
  origin?: LatLon;
  /** Default: `distance` with an origin, else `relevance` with a query, else `name`. */
  sort?: SearchSort;
  /** Locale for ordering by name (ties and `name` sort); default `en`. */
  locale?: string;
  offset?: number;
  /** Page size; default 20. */
  limit?: number;
}

export interface SearchHit {
  service: Service;
  /** Position of the service in `index.services`. */
  index: number;
  /** Relevance (0 without a query). */
  score: number;
  /** Distance from `origin` to the nearest location, when both are known. */
  distanceKm?: number;
  /** The distance was measured to a municipality's centre, not to the exact place. */
  distanceApproximate?: boolean;
}

export interface SearchResult {
  /** How many services match in all (not just this page). */
  total: number;
  offset: number;
  limit: number;
  sort: SearchSort;
  hits: SearchHit[];
  /** The query words that were searched (folded, stop words left out). */
  terms: string[];
  /** Query words that matched only with a typo tolerated. */
  fuzzyTerms: string[];
}

const pushTo = <K>(map: Map<K, number[]>, key: K, doc: number) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
};
const freeze = <K>(map: Map<K, number[]>) => new Map([...map].map(([key, list]) => [key, Uint32Array.from(list)] as const));
const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * Builds the search index of a list of services in one go. Cost grows linearly with the text (about
 * 0.1 ms per service of the benchmark's long descriptions, see `npm run bench`): for thousands of
 * services in a page, prefer {@link buildServiceIndexAsync}, which leaves the main thread free.
 */
export function buildServiceIndex(services: readonly Service[], options: ServiceIndexOptions = {}): ServiceIndex {
  return runSteps(indexSteps(services, options));
}

/** Options of {@link buildServiceIndexAsync}. */
export type AsyncBuildOptions = SliceOptions;

/** Builds the same index as {@link buildServiceIndex} in slices of `sliceMs`, yielding in between, so that no task blocks input. */
export function buildServiceIndexAsync(services: readonly Service[], options: ServiceIndexOptions = {}, slices: AsyncBuildOptions = {}): Promise<ServiceIndex> {
  return runStepsInSlices(indexSteps(services, options), slices);
}

/** Sorts word ids by word: blocks sorted natively, then merged, pausing (yield) every few thousand steps. */
function* sortWordIds(wordList: readonly string[]): Generator<void, Uint32Array> {
  const n = wordList.length;
  const BLOCK = 2048;
  let ids = Uint32Array.from(wordList.keys());
  const byWord = (a: number, b: number) => (wordList[a]! < wordList[b]! ? -1 : 1);
  for (let start = 0; start < n; start += BLOCK) {
    ids.subarray(start, Math.min(n, start + BLOCK)).sort(byWord);
    yield;
  }
  let buffer = new Uint32Array(n);
  for (let width = BLOCK; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k += 1) {
        buffer[k] = i < middle && (j >= right || wordList[ids[i]!]! < wordList[ids[j]!]!) ? ids[i++]! : ids[j++]!;
        if ((k & 4095) === 4095) yield;
      }
    }
    [ids, buffer] = [buffer, ids];
  }
  return ids;
}

const WHITESPACE = /\s+/;

/** The build as steps: each `yield` is a point where an asynchronous build may give the main thread back. */
function* indexSteps(services: readonly Service[], options: ServiceIndexOptions): Generator<void, ServiceIndex> {
  const organizations = new Map((options.organizations ?? []).map((o) => [o.id, o] as const));
  const categories = new Map((options.taxonomy ?? []).map((c) => [c.id, c] as const));
  const places = options.places;
  // Short texts (names, labels, municipality names) repeat across services, and so do the words of long
  // ones (descriptions): fold each once for the whole build. Folding a long text word by word gives the
  // words of normalizeText(text): it only turns whitespace into separators, which splitting does first.
  const foldCache = new Map<string, string>();
  const foldOnce = (text: string): string => {
    let folded = foldCache.get(text);
    if (folded === undefined) foldCache.set(text, (folded = normalizeText(text)));
    return folded;
  };
  const fold = (text: string): string => {
    if (text.length <= 80) return foldOnce(text);
    let out = '';
    for (const raw of text.split(WHITESPACE)) {
      const folded = raw === '' ? '' : foldOnce(raw);
      if (folded !== '') out = out === '' ? folded : `${out} ${folded}`;
    }
    return out;
  };
  const ancestorsCache = new Map<string, string[]>();
  const withAncestors = (id: string): string[] => {
    let list = ancestorsCache.get(id);
    if (list === undefined) {
      list = [];
      const seen = new Set<string>();
      for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = categories.get(at)?.parent) {
        seen.add(at);
        list.push(at);
      }
      ancestorsCache.set(id, list);
    }
    return list;
  };

  // Postings as one linked list per word in growable typed arrays (few objects: little garbage to
  // collect while building). Services are added in order, so a word's last posting is the current
  // service's when it already has one.
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  let wordHead = new Int32Array(4096);
  let wordTail = new Int32Array(4096);
  let wordCount = new Uint32Array(4096);
  let entryDoc = new Uint32Array(65536);
  let entryWeight = new Uint8Array(65536);
  let entryNext = new Int32Array(65536).fill(-1);
  let entries = 0;
  const grow = <T extends Int32Array | Uint32Array | Uint8Array>(array: T, fill = 0): T => {
    const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
    bigger.set(array);
    if (fill !== 0) bigger.fill(fill, array.length);
    return bigger;
  };
  const newEntry = (doc: number, weight: number): number => {
    if (entries === entryDoc.length) {
      entryDoc = grow(entryDoc);
      entryWeight = grow(entryWeight);
      entryNext = grow(entryNext, -1);
    }
    entryDoc[entries] = doc;
    entryWeight[entries] = weight;
    return entries++;
  };
  const categoryDocs = new Map<string, number[]>();
  const languageDocs = new Map<string, number[]>();
  const audienceDocs = new Map<string, number[]>();
  const municipalityDocs = new Map<string, number[]>();
  const postcodeDocs = new Map<string, number[]>();
  const flags = new Uint8Array(services.length);
  const pointStart = new Uint32Array(services.length + 1);
  const lat: number[] = [];
  const lon: number[] = [];
  const approx: number[] = [];

  const addService = (doc: number) => {
    const service = services[doc]!;
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      const folded = fold(text);
      for (let from = 0; from < folded.length; ) {
        let to = folded.indexOf(' ', from);
        if (to < 0) to = folded.length;
        const word = folded.slice(from, to);
        from = to + 1;
        const id = wordIds.get(word);
        if (id === undefined) {
          const created = wordList.length;
          if (created === wordHead.length) {
            wordHead = grow(wordHead);
            wordTail = grow(wordTail);
            wordCount = grow(wordCount);
          }
          wordIds.set(word, created);
          wordList.push(word);
          wordHead[created] = wordTail[created] = newEntry(doc, weight);
          wordCount[created] = 1;
          continue;
        }
        const tail = wordTail[id]!;
        if (entryDoc[tail] !== doc) {
          const entry = newEntry(doc, weight);
          entryNext[tail] = entry;
          wordTail[id] = entry;
          wordCount[id]! += 1;
        } else if (entryWeight[tail]! < weight) {
          entryWeight[tail] = weight;
        }
      }
    };
    const addLocalized = (text: LocalizedText | Record<string, readonly string[]> | undefined, weight: number) => {
      if (!text) return;
      for (const value of Object.values(text)) {
        if (typeof value === 'string') add(value, weight);
        else for (const item of value) add(item, weight);
      }
    };

    addLocalized(service.name, FIELD_WEIGHTS.name);
    addLocalized(service.keywords, FIELD_WEIGHTS.keyword);
    addLocalized(service.description, FIELD_WEIGHTS.text);
    addLocalized(service.eligibility, FIELD_WEIGHTS.text);
    const organization = organizations.get(service.organization);
    if (organization) {
      addLocalized(organization.name, FIELD_WEIGHTS.organization);
      addLocalized(organization.alternateNames, FIELD_WEIGHTS.organization);
    }
    for (const id of new Set(service.categories.flatMap(withAncestors))) {
      pushTo(categoryDocs, id, doc);
      const category = categories.get(id);
      addLocalized(category?.label, FIELD_WEIGHTS.category);
      addLocalized(category?.synonyms, FIELD_WEIGHTS.keyword);
    }
    for (const language of new Set(service.languages.map(primaryLanguage))) pushTo(languageDocs, language, doc);
    for (const audience of service.audiences) pushTo(audienceDocs, audience, doc);

    const access = service.access;
    let f = 0;
    if (access.noPapersNeeded === true) f |= FLAG.noPapersNeeded;
    if (access.walkIn === true) f |= FLAG.walkIn;
    if (access.anonymous === true) f |= FLAG.anonymous;
    if (access.noIdNeeded === true) f |= FLAG.noIdNeeded;
    if (access.appointment === true) f |= FLAG.appointment;
    if (service.interpreters === true) f |= FLAG.interpreters;
    if (service.cost?.free === true) f |= FLAG.free;
    if (service.remote === true || service.locations.length === 0) f |= FLAG.remote;
    flags[doc] = f;

    pointStart[doc] = lat.length;
    for (const location of service.locations) {
      const address = location.address;
      let nis: string | undefined;
      if (address) {
        add(address.postcode, FIELD_WEIGHTS.place);
        addLocalized(address.municipality, FIELD_WEIGHTS.place);
        add(address.street, FIELD_WEIGHTS.text);
        pushTo(postcodeDocs, address.postcode, doc);
        if (places) {
          const candidates = places.postcodes.get(address.postcode) ?? [];
          const named = Object.values(address.municipality)
            .flatMap((name) => places.names.get(normalizeText(name)) ?? [])
            .find((code) => candidates.length === 0 || candidates.includes(code));
          nis = named ?? candidates[0];
        }
      }
      addLocalized(location.name, FIELD_WEIGHTS.text);
      const municipality = nis === undefined ? undefined : places?.municipalities.get(nis);
      if (municipality) {
        pushTo(municipalityDocs, municipality.nis, doc);
        addLocalized(municipality.name, FIELD_WEIGHTS.place);
      }
      if (location.geo) {
        lat.push(location.geo.lat);
        lon.push(location.geo.lon);
        approx.push(location.geoPrecision === 'municipality' ? 1 : 0);
      } else if (municipality?.centre) {
        lat.push(municipality.centre.lat);
        lon.push(municipality.centre.lon);
        approx.push(1);
      }
    }
  };

  for (let doc = 0; doc < services.length; doc += 1) {
    addService(doc);
    if ((doc & 15) === 15) yield;
  }
  {
    pointStart[services.length] = lat.length;

    const sortedIds = yield* sortWordIds(wordList);
    yield;
    const words = Array.from(sortedIds, (id) => wordList[id]!);
    const postingStart = new Uint32Array(words.length + 1);
    let total = 0;
    sortedIds.forEach((id, i) => {
      postingStart[i] = total;
      total += wordCount[id]!;
    });
    postingStart[words.length] = total;
    const postingDocs = new Uint32Array(total);
    const postingWeights = new Uint8Array(total);
    for (let i = 0; i < sortedIds.length; i += 1) {
      let at = postingStart[i]!;
      for (let entry = wordHead[sortedIds[i]!]!; entry >= 0; entry = entryNext[entry]!) {
        postingDocs[at] = entryDoc[entry]!;
        postingWeights[at] = entryWeight[entry]!;
        at += 1;
      }
      if ((i & 4095) === 4095) yield;
    }

    return {
      services,
      words,
      postingStart,
      postingDocs,
      postingWeights,
      flags,
      categoryDocs: freeze(categoryDocs),
      languageDocs: freeze(languageDocs),
      audienceDocs: freeze(audienceDocs),
      municipalityDocs: freeze(municipalityDocs),
      postcodeDocs: freeze(postcodeDocs),
      pointStart,
      pointLat: Float64Array.from(lat),
      pointLon: Float64Array.from(lon),
      pointApprox: Uint8Array.from(approx),
      scratch: newScratch(services.length),
    };
  }
}

/** Working memory of {@link searchServices} for `n` services. */
export function newScratch(n: number): SearchScratch {
  return {
    serial: 0,
    termStamp: new Uint32Array(n),
    queryStamp: new Uint32Array(n),
    hits: new Uint8Array(n),
    score: new Float32Array(n),
    termBest: new Float32Array(n),
    termDocs: new Uint32Array(n),
    groupStamp: new Uint32Array(n),
    masks: new Map(),
    nameRanks: new Map(),
  };
}

/** The query words to search: folded, without duplicates, without stop words unless only stop words were typed. */
export function queryTerms(query: string): string[] {
  const folded = normalizeText(query);
  if (folded === '') return [];
  const words = [...new Set(folded.split(' '))];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** First word id whose word is not less than `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The query without a last word of one letter that the reader is still typing ("ocmw g"): one letter is too
 * short to search as a prefix, so the results of the words before it stay, instead of flashing to
 * "nothing found" (or to the few services with that letter as a word) at the first letter of every new
 * word. A letter followed by a space is a word of its own and counts; so does a digit (a postcode begins).
 */
export function withoutUnfinishedLetter(query: string): string {
  return UNFINISHED_LETTER.test(query) ? query.replace(LAST_LETTER, '') : query;
}
const UNFINISHED_LETTER = /(?:^|[^\p{L}\p{M}\p{N}])\p{L}\p{M}*$/u;
const LAST_LETTER = /\p{L}\p{M}*$/u;

/** Word ids matching a term, each with a factor: 1 for the whole word, less for a prefix. */
function matchTerm(index: ServiceIndex, term: string): { ids: number[]; factors: number[]; fuzzy: boolean } {
  const ids: number[] = [];
  const factors: number[] = [];
  const { words } = index;
  const start = lowerBound(words, term);
  if (term.length < 2 && !/\d/.test(term)) {
    if (words[start] === term) {
      ids.push(start);
      factors.push(1);
    }
    return { ids, factors, fuzzy: false };
  }
  for (let i = start; i < words.length; i += 1) {
    const word = words[i]!;
    if (!word.startsWith(term)) break;
    ids.push(i);
    factors.push(word.length === term.length ? 1 : PREFIX_BASE + (PREFIX_LENGTH_BONUS * term.length) / word.length);
  }
  if (ids.length > 0 || term.length < 4 || /\d/.test(term)) return { ids, factors, fuzzy: false };
  // Typos: words of about the same length that start with the same letter (a typo in the first letter
  // is rare, and this keeps the scan to a few thousand words at most).
  const maxEdits = term.length >= 8 ? 2 : 1;
  const first = term[0]!;
  const end = lowerBound(words, String.fromCharCode(first.charCodeAt(0) + 1));
  for (let i = lowerBound(words, first); i < end; i += 1) {
    const word = words[i]!;
    // A typo never turns a search word into "een" or "the": those say nothing about a service.
    if (Math.abs(word.length - term.length) > maxEdits || STOP_WORDS.has(word)) continue;
    if (boundedEditDistance(term, word, maxEdits) <= maxEdits) {
      ids.push(i);
      factors.push(TYPO_FACTOR);
    }
  }
  return { ids, factors, fuzzy: ids.length > 0 };
}

const locationFiltered = (filters: ServiceFilters) => filters.municipality !== undefined || filters.postcode !== undefined;

/** A 0/1 mask of the services passing the list filters (categories, languages, audiences, place), or null for "all". Cached per filter set. */
function filterMask(index: ServiceIndex, filters: ServiceFilters): Uint8Array | null {
  const groups: (readonly Uint32Array[])[] = [];
  const lists = (map: ReadonlyMap<string, Uint32Array>, keys: readonly string[]) => keys.map((key) => map.get(key) ?? new Uint32Array(0));
  if (filters.categories?.length) groups.push(lists(index.categoryDocs, filters.categories));
  if (filters.languages?.length) groups.push(lists(index.languageDocs, filters.languages.map(primaryLanguage)));
  if (filters.audiences?.length) groups.push(lists(index.audienceDocs, filters.audiences));
  if (filters.municipality !== undefined) groups.push(lists(index.municipalityDocs, [filters.municipality]));
  if (filters.postcode !== undefined) groups.push(lists(index.postcodeDocs, [filters.postcode.trim()]));
  if (groups.length === 0) return null;

  const key = JSON.stringify([filters.categories, filters.languages, filters.audiences, filters.municipality, filters.postcode, filters.includeRemote]);
  const cached = index.scratch.masks.get(key);
  if (cached !== undefined) return cached;

  const n = index.services.length;
  const count = new Uint8Array(n);
  const { scratch } = index;
  const remoteCounts = locationFiltered(filters) && filters.includeRemote !== false;
  for (const group of groups) {
    const stamp = ++scratch.serial;
    for (const list of group) {
      for (let i = 0; i < list.length; i += 1) {
        const doc = list[i]!;
        if (scratch.groupStamp[doc] !== stamp) {
          scratch.groupStamp[doc] = stamp;
          count[doc]! += 1;
        }
      }
    }
  }
  const required = groups.length;
  const placeGroups = (filters.municipality !== undefined ? 1 : 0) + (filters.postcode !== undefined ? 1 : 0);
  const mask = new Uint8Array(n);
  for (let doc = 0; doc < n; doc += 1) {
    const c = count[doc]!;
    const remote = (index.flags[doc]! & FLAG.remote) !== 0;
    mask[doc] = c === required || (remoteCounts && remote && c === required - placeGroups && isOnlyMissingPlace(index, doc, filters)) ? 1 : 0;
  }
  if (scratch.masks.size >= 16) scratch.masks.delete(scratch.masks.keys().next().value!);
  scratch.masks.set(key, mask);
  return mask;
}

/** A remote service that failed only the place filters (it has no location in that place, which is expected). */
function isOnlyMissingPlace(index: ServiceIndex, doc: number, filters: ServiceFilters): boolean {
  const inAll = (map: ReadonlyMap<string, Uint32Array>, keys: readonly string[] | undefined) =>
    !keys?.length || keys.some((key) => includesDoc(map.get(key), doc));
  return (
    inAll(index.categoryDocs, filters.categories) &&
    inAll(index.languageDocs, filters.languages?.map(primaryLanguage)) &&
    inAll(index.audienceDocs, filters.audiences)
  );
}

function includesDoc(list: Uint32Array | undefined, doc: number): boolean {
  if (!list) return false;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < doc) low = mid + 1;
    else high = mid;
  }
  return list[low] === doc;
}

function requiredFlags(filters: ServiceFilters): number {
  let f = 0;
  if (filters.noPapersNeeded) f |= FLAG.noPapersNeeded;
  if (filters.walkIn) f |= FLAG.walkIn;
  if (filters.anonymous) f |= FLAG.anonymous;
  if (filters.noIdNeeded) f |= FLAG.noIdNeeded;
  if (filters.free) f |= FLAG.free;
  if (filters.interpreters) f |= FLAG.interpreters;
  return f;
}

/** A service's name in a locale, falling back to English, Dutch, French, then any. */
export function localizedName(text: LocalizedText, locale: string): string {
  const primary = primaryLanguage(locale);
  return text[locale] ?? text[primary] ?? text.en ?? text.nl ?? text.fr ?? Object.values(text)[0] ?? '';
}

function nameOrder(index: ServiceIndex, locale: string): { rank: Uint32Array; order: Uint32Array } {
  const cached = index.scratch.nameRanks.get(locale);
  if (cached) return cached;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const names = index.services.map((service) => localizedName(service.name, locale));
  const order = Uint32Array.from(names.keys()).sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
  const rank = new Uint32Array(order.length);
  order.forEach((doc, position) => (rank[doc] = position));
  const result = { rank, order };
  index.scratch.nameRanks.set(locale, result);
  return result;
}

const RAD = Math.PI / 180;

/** Distance in km from `origin` to the nearest point of service `doc` (haversine, as `haversineKm`), or NaN when it has none. */
function nearestKm(index: ServiceIndex, doc: number, originLatRad: number, originLon: number, cosOriginLat: number): number {
  let best = NaN;
  for (let p = index.pointStart[doc]!; p < index.pointStart[doc + 1]!; p += 1) {
    const latRad = index.pointLat[p]! * RAD;
    const sinLat = Math.sin((latRad - originLatRad) / 2);
    const sinLon = Math.sin((index.pointLon[p]! - originLon) * RAD / 2);
    const h = sinLat * sinLat + cosOriginLat * Math.cos(latRad) * sinLon * sinLon;
    const km = 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    if (!(km >= best)) best = km;
  }
  return best;
}

/** Whether the nearest point of service `doc` is a municipality centre rather than the exact place. */
function nearestIsApproximate(index: ServiceIndex, doc: number, origin: LatLon): boolean {
  let best = Infinity;
  let approximate = false;
  for (let p = index.pointStart[doc]!; p < index.pointStart[doc + 1]!; p += 1) {
    const km = haversineKm(origin, { lat: index.pointLat[p]!, lon: index.pointLon[p]! });
    if (km < best) {
      best = km;
      approximate = index.pointApprox[p] === 1;
    }
  }
  return approximate;
}

/** Runs a query: matching, filtering, sorting and one page of results. */
export function searchServices(index: ServiceIndex, request: SearchRequest = {}): SearchResult {
  const filters = request.filters ?? {};
  const terms = request.query ? queryTerms(withoutUnfinishedLetter(request.query)) : [];
  const origin = request.origin;
  const sort: SearchSort = request.sort ?? (origin ? 'distance' : terms.length > 0 ? 'relevance' : 'name');
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.max(0, Math.floor(request.limit ?? 20));
  const locale = request.locale ?? 'en';
  const n = index.services.length;
  const { scratch } = index;
  const fuzzyTerms: string[] = [];

  // 1. Candidates from the words: docs that match every term.
  let candidates: Uint32Array | null = null;
  let candidateCount = 0;
  if (terms.length > 0) {
    const queryStamp = ++scratch.serial;
    let matched = 0;
    for (let k = 0; k < terms.length; k += 1) {
      const { ids, factors, fuzzy } = matchTerm(index, terms[k]!);
      if (fuzzy) fuzzyTerms.push(terms[k]!);
      const termStamp = ++scratch.serial;
      matched = 0;
      for (let m = 0; m < ids.length; m += 1) {
        const id = ids[m]!;
        const factor = factors[m]!;
        const end = index.postingStart[id + 1]!;
        for (let p = index.postingStart[id]!; p < end; p += 1) {
          const doc = index.postingDocs[p]!;
          const s = index.postingWeights[p]! * factor;
          if (scratch.termStamp[doc] !== termStamp) {
            scratch.termStamp[doc] = termStamp;
            if (k === 0) {
              scratch.queryStamp[doc] = queryStamp;
              scratch.hits[doc] = 0;
              scratch.score[doc] = 0;
            } else if (scratch.queryStamp[doc] !== queryStamp || scratch.hits[doc] !== k) {
              scratch.termBest[doc] = -1;
              continue;
            }
            scratch.termBest[doc] = s;
            scratch.termDocs[matched++] = doc;
          } else if (s > scratch.termBest[doc]!) {
            scratch.termBest[doc] = s;
          }
        }
      }
      for (let i = 0; i < matched; i += 1) {
        const doc = scratch.termDocs[i]!;
        scratch.hits[doc] = k + 1;
        scratch.score[doc]! += scratch.termBest[doc]!;
      }
      if (matched === 0) break;
    }
    candidates = scratch.termDocs;
    candidateCount = matched;
  }

  // 2. Filters, in name order when nothing else orders the result.
  const mask = filterMask(index, filters);
  const must = requiredFlags(filters);
  const within = origin && filters.withinKm !== undefined ? filters.withinKm : undefined;
  const keepRemote = filters.includeRemote !== false;
  const originLatRad = origin ? origin.lat * RAD : 0;
  const cosOriginLat = Math.cos(originLatRad);
  const { rank, order } = nameOrder(index, locale);
  const kept: number[] = [];
  const keptKm: number[] = [];
  const consider = (doc: number) => {
    if (mask !== null && mask[doc] === 0) return;
    if ((index.flags[doc]! & must) !== must) return;
    let km = NaN;
    if (origin) {
      km = nearestKm(index, doc, originLatRad, origin.lon, cosOriginLat);
      if (within !== undefined && (Number.isNaN(km) ? !(keepRemote && (index.flags[doc]! & FLAG.remote) !== 0) : km > within)) return;
    }
    if (filters.openNow && !filters.openNow(index.services[doc]!)) return;
    kept.push(doc);
    keptKm.push(km);
  };
  if (candidates) for (let i = 0; i < candidateCount; i += 1) consider(candidates[i]!);
  else if (sort === 'name') for (let i = 0; i < n; i += 1) consider(order[i]!);
  else for (let doc = 0; doc < n; doc += 1) consider(doc);

  // 3. Order: numeric keys (score or distance, then name rank) sort natively in a typed array.
  let sorted: ArrayLike<number> = kept;
  if (!(sort === 'name' && candidates === null)) {
    const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
    const keys = new Float64Array(kept.length);
    for (let i = 0; i < kept.length; i += 1) {
      const doc = kept[i]!;
      let primary = 0;
      if (sort === 'distance') {
        const km = keptKm[i]!;
        primary = Number.isNaN(km) ? 2 ** 31 : Math.round(km * 1000);
      } else if (sort === 'relevance') {
        primary = 2 ** 30 - Math.min(2 ** 30, Math.round((terms.length > 0 ? scratch.score[doc]! : 0) * 64));
      }
      keys[i] = primary * scale + rank[doc]!;
    }
    keys.sort();
    const docs = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) docs[i] = order[keys[i]! % scale]!;
    sorted = docs;
  }

  const hits: SearchHit[] = [];
  for (let i = offset; i < Math.min(sorted.length, offset + limit); i += 1) {
    const doc = sorted[i]!;
    const hit: SearchHit = { service: index.services[doc]!, index: doc, score: terms.length > 0 ? scratch.score[doc]! : 0 };
    if (origin) {
      const km = nearestKm(index, doc, originLatRad, origin.lon, cosOriginLat);
      if (!Number.isNaN(km)) {
        hit.distanceKm = km;
        hit.distanceApproximate = nearestIsApproximate(index, doc, origin);
      }
    }
    hits.push(hit);
  }
  return { total: sorted.length, offset, limit, sort, hits, terms, fuzzyTerms };
}
