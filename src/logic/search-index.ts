/**
 * The search index of a list of services (see ./search.ts): its shape, the weight of each field, the
 * access flags, and the working memory queries reuse. Built by ./search-build.ts.
 */
import type { Category, Organization, Service } from '../content/schema/services.js';
import type { PlaceIndex } from './geo.js';

/** How much a word counts, by the field it was found in. */
export const FIELD_WEIGHTS = {
  name: 8,
  organization: 6,
  category: 4,
  keyword: 4,
  place: 3,
  text: 1,
} as const;

/** The bits of `ServiceIndex.flags`: what a service offers, for the access filters. */
export const FLAG = {
  noPapersNeeded: 1,
  walkIn: 2,
  anonymous: 4,
  noIdNeeded: 8,
  remote: 16,
  interpreters: 32,
  free: 64,
  appointment: 128,
} as const;

/** Options for building an index (./search-build.ts): the records the services refer to. */
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
  /** Working memory of `searchServices`, reused between queries. */
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

/** Working memory of `searchServices` for `n` services. */
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

/** The first position in a sorted list of the index (its words, a posting list) whose value is not less than `value`. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
