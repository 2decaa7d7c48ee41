/**
 * Service search: an inverted index of folded words built once per dataset (./search-build.ts), then
 * queries that combine words (all must match, each as a whole word, a prefix, or with one typo when
 * nothing else matches: ./search-query.ts), filters (category, place, languages, access, open now:
 * ./search-filters.ts), distance from a point, sorting and paging (here). Pure: no DOM, no clock (the
 * open-now test is a predicate passed in by the caller). Build and search through this module:
 *
 * ```ts
 * const index = buildServiceIndex(data.services, { organizations: data.organizations, taxonomy: data.taxonomy, places });
 * const { total, hits } = searchServices(index, { query: 'ocmw', filters: { noPapersNeeded: true }, limit: 20 });
 * ```
 */
import type { Service } from '../content/schema/services.js';
import { pickText } from '../i18n/content-text.js';
import { NAME_ORDER, textCollator } from '../i18n/format.js';
import { haversineKm, type LatLon } from './geo.js';
import { filterMask, requiredFlags, type ServiceFilters } from './search-filters.js';
import { FLAG, type ServiceIndex } from './search-index.js';
import { matchReaderWords, type ReaderPhrases } from './search-phrases.js';
import { matchTerm, queryTerms, withoutUnfinishedLetter } from './search-query.js';

export { buildServiceIndex, buildServiceIndexAsync } from './search-build.js';
export type { ServiceIndex } from './search-index.js';

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
  /** Reader phrases (./search-phrases.ts): found in the query, they search as access facts and categories instead of words. */
  readerWords?: ReaderPhrases;
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
  /** The `id`s of the reader phrases found in the query. */
  readerWords: string[];
}

function nameOrder(index: ServiceIndex, locale: string): { rank: Uint32Array; order: Uint32Array } {
  const cached = index.scratch.nameRanks.get(locale);
  if (cached) return cached;
  const collator = textCollator(locale, NAME_ORDER);
  const names = index.services.map((service) => pickText(service.name, locale)?.text ?? '');
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
    const sinLon = Math.sin(((index.pointLon[p]! - originLon) * RAD) / 2);
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
  const typed = request.query ? withoutUnfinishedLetter(request.query) : '';
  const phrases = typed && request.readerWords ? matchReaderWords(typed, request.readerWords) : undefined;
  const filters = phrases?.categoryGroups.length ? { ...request.filters, categoryGroups: phrases.categoryGroups } : (request.filters ?? {});
  const terms = queryTerms(phrases ? phrases.rest : typed);
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
  const must = requiredFlags(filters) | (phrases?.flags ?? 0);
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
  return { total: sorted.length, offset, limit, sort, hits, terms, fuzzyTerms, readerWords: phrases?.found ?? [] };
}
