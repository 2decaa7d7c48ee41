/**
 * The filters of a search (category, place, languages, audiences, access): which services pass them,
 * as a mask cached per filter set, and the access flags they require.
 */
import type { Audience, Service } from '../content/schema/services.js';
import { primaryLanguage } from '../i18n/negotiate.js';
import { FLAG, lowerBound, type ServiceIndex } from './search-index.js';

/** Which services to keep. Every filter given must hold; within a list, any value may match. */
export interface ServiceFilters {
  /** Category ids; a service in a sub-category of one of them matches too. */
  categories?: readonly string[];
  /** Lists of category ids that must each match too (any id within a list): the reader phrases' (./search-phrases.ts). */
  categoryGroups?: readonly (readonly string[])[];
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

const locationFiltered = (filters: ServiceFilters) => filters.municipality !== undefined || filters.postcode !== undefined;

/** A 0/1 mask of the services passing the list filters (categories, languages, audiences, place), or null for "all". Cached per filter set. */
export function filterMask(index: ServiceIndex, filters: ServiceFilters): Uint8Array | null {
  const groups: (readonly Uint32Array[])[] = [];
  const lists = (map: ReadonlyMap<string, Uint32Array>, keys: readonly string[]) => keys.map((key) => map.get(key) ?? new Uint32Array(0));
  if (filters.categories?.length) groups.push(lists(index.categoryDocs, filters.categories));
  for (const group of filters.categoryGroups ?? []) groups.push(lists(index.categoryDocs, group));
  if (filters.languages?.length) groups.push(lists(index.languageDocs, filters.languages.map(primaryLanguage)));
  if (filters.audiences?.length) groups.push(lists(index.audienceDocs, filters.audiences));
  if (filters.municipality !== undefined) groups.push(lists(index.municipalityDocs, [filters.municipality]));
  if (filters.postcode !== undefined) groups.push(lists(index.postcodeDocs, [filters.postcode.trim()]));
  if (groups.length === 0) return null;

  const key = JSON.stringify([
    filters.categories,
    filters.categoryGroups,
    filters.languages,
    filters.audiences,
    filters.municipality,
    filters.postcode,
    filters.includeRemote,
  ]);
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
    (filters.categoryGroups ?? []).every((group) => inAll(index.categoryDocs, group)) &&
    inAll(index.languageDocs, filters.languages?.map(primaryLanguage)) &&
    inAll(index.audienceDocs, filters.audiences)
  );
}

function includesDoc(list: Uint32Array | undefined, doc: number): boolean {
  return list !== undefined && list[lowerBound(list, doc)] === doc;
}

export function requiredFlags(filters: ServiceFilters): number {
  let f = 0;
  if (filters.noPapersNeeded) f |= FLAG.noPapersNeeded;
  if (filters.walkIn) f |= FLAG.walkIn;
  if (filters.anonymous) f |= FLAG.anonymous;
  if (filters.noIdNeeded) f |= FLAG.noIdNeeded;
  if (filters.free) f |= FLAG.free;
  if (filters.interpreters) f |= FLAG.interpreters;
  return f;
}
