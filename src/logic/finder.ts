/**
 * What the reader of the service finder chose (words, filters, place, sort), as plain data: read from
 * the host's attributes and the page URL, written back to the URL, turned into a search request, and
 * listed as removable chips. Pure: no DOM, no clock, no `location` (URLs are passed in and returned).
 */
import type { Service } from '../content/schema/services.js';
import { resolvePlace, type LatLon, type PlaceIndex, type PlaceMatch } from './geo.js';
import type { SearchRequest, SearchSort } from './search.js';

/** How far from the chosen place: anywhere (nearest first), only in it, or within so many km. */
export type DistanceScope = 'any' | 'here' | '5' | '10' | '25' | '50';
const DISTANCE_SCOPES: readonly DistanceScope[] = ['any', 'here', '5', '10', '25', '50'];

/** `''` lets the finder choose: distance with a place, relevance with words, else name. */
type SortChoice = '' | SearchSort;

/** The reader's choices. */
export interface FinderState {
  /** The words typed in the search box. */
  query: string;
  /** Category ids (any may match). */
  categories: string[];
  /** What the reader typed as place: a postcode, a municipality name in any language, or a NIS code. */
  place: string;
  scope: DistanceScope;
  /** Language codes the staff should speak (any may match). */
  languages: string[];
  openNow: boolean;
  noPapers: boolean;
  walkIn: boolean;
  sort: SortChoice;
}

export const EMPTY_STATE: FinderState = Object.freeze({
  query: '',
  categories: [],
  place: '',
  scope: 'any',
  languages: [],
  openNow: false,
  noPapers: false,
  walkIn: false,
  sort: '',
});

/** A list attribute or URL value: `"health, legal-aid"` or `"fr nl"` -> `['health', 'legal-aid']`. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}

/** The host's pre-filters, as the element's attributes give them. */
export interface FinderAttributes {
  category?: string | null | undefined;
  municipality?: string | null | undefined;
  postcode?: string | null | undefined;
  languages?: string | null | undefined;
  noPapers?: boolean | undefined;
  walkIn?: boolean | undefined;
}

/**
 * The starting state from the host's attributes. A postcode or a municipality limits the results to
 * that place (`scope: 'here'`); the postcode wins when both are given, being the more precise.
 */
export function stateFromAttributes(attributes: FinderAttributes): FinderState {
  const place = (attributes.postcode ?? '').trim() || (attributes.municipality ?? '').trim();
  return {
    ...EMPTY_STATE,
    categories: parseList(attributes.category),
    place,
    scope: place ? 'here' : 'any',
    languages: parseList(attributes.languages).map((tag) => tag.toLowerCase()),
    noPapers: attributes.noPapers === true,
    walkIn: attributes.walkIn === true,
  };
}

/**
 * The page URL's query keys the finder reads and writes (with `sync-url`), after `fl-` and the page's
 * prefix for this finder (`sync-url="b"`: `fl-b-q`); it touches no other.
 */
const URL_KEYS = {
  query: 'q',
  categories: 'category',
  place: 'place',
  scope: 'distance',
  languages: 'language',
  openNow: 'open-now',
  noPapers: 'no-papers',
  walkIn: 'walk-in',
  sort: 'sort',
} as const satisfies Record<keyof FinderState, string>;

/** The URL key of `key`, with the finder's `prefix` (empty: none). */
const urlKey = (key: keyof FinderState, prefix: string) => `fl-${prefix ? `${prefix}-` : ''}${URL_KEYS[key]}`;

const SORTS: readonly SortChoice[] = ['', 'relevance', 'distance', 'name'];

function encode(state: FinderState, key: keyof FinderState): string {
  const value = state[key];
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * The state a shared URL describes. Each of the finder's keys present in `search` (even empty: the
 * reader removed a host pre-filter) replaces the value of `defaults`; absent keys keep it. Values that
 * make no sense (an unknown distance) are ignored.
 */
export function stateFromUrl(search: string, defaults: FinderState, prefix = ''): FinderState {
  const params = new URLSearchParams(search);
  const state: FinderState = { ...defaults, categories: [...defaults.categories], languages: [...defaults.languages] };
  const get = (key: keyof FinderState) => params.get(urlKey(key, prefix));
  const text = (key: 'query' | 'place') => {
    const value = get(key);
    if (value !== null) state[key] = value.slice(0, 200);
  };
  text('query');
  text('place');
  const categories = get('categories');
  if (categories !== null) state.categories = parseList(categories);
  const languages = get('languages');
  if (languages !== null) state.languages = parseList(languages).map((tag) => tag.toLowerCase());
  const scope = get('scope');
  if (scope !== null && (DISTANCE_SCOPES as readonly string[]).includes(scope)) state.scope = scope as DistanceScope;
  const sort = get('sort');
  if (sort !== null && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortChoice;
  for (const key of ['openNow', 'noPapers', 'walkIn'] as const) {
    const value = get(key);
    if (value !== null) state[key] = value === '1' || value === 'true';
  }
  if (!state.place) state.scope = 'any';
  return state;
}

/**
 * `href` with the finder's keys set to what differs from `defaults` (the host's pre-filters) and removed
 * where the state equals them; every other part of the URL stays as it was.
 */
export function urlWithState(href: string, state: FinderState, defaults: FinderState, prefix = ''): string {
  const url = new URL(href);
  for (const key of Object.keys(URL_KEYS) as (keyof FinderState)[]) {
    const value = encode(state, key);
    if (value === encode(defaults, key)) url.searchParams.delete(urlKey(key, prefix));
    else url.searchParams.set(urlKey(key, prefix), value);
  }
  return url.href;
}

/** The choices that differ between two states. */
export function changedKeys(a: FinderState, b: FinderState): (keyof FinderState)[] {
  return (Object.keys(URL_KEYS) as (keyof FinderState)[]).filter((key) => encode(a, key) !== encode(b, key));
}

/**
 * Resolves a place typed by a reader or given by a host: a postcode (`1030`), a municipality name in any
 * language (`Schaarbeek`, `Schaerbeek`), or a municipality's five-digit NIS code (`21015`).
 */
export function resolvePlaceInput(index: PlaceIndex | undefined, input: string): PlaceMatch | undefined {
  if (!index) return undefined;
  const trimmed = input.trim();
  if (/^\d{5}$/.test(trimmed)) {
    const municipality = index.municipalities.get(trimmed);
    if (!municipality) return undefined;
    return { kind: 'municipality', municipality, ...(municipality.centre ? { centre: municipality.centre } : {}) };
  }
  return resolvePlace(index, trimmed);
}

/** Where distances are measured from, and what limits the place. */
export interface FinderContext {
  /** The postcode table's lookups (from the dataset). */
  places?: PlaceIndex;
  /** The device's position, when the reader asked for it. Wins over the typed place. */
  device?: LatLon;
  /** The open-now predicate for this minute (see `openNowFilter`). */
  openNow?: (service: Service) => boolean;
  locale?: string;
  limit?: number;
}

/** A state made into a search request, with what the finder needs to explain it. */
export interface FinderRequest {
  request: SearchRequest;
  /** The typed place, resolved (undefined while it matches nothing). */
  place?: PlaceMatch;
  /** The place typed matches nothing (and is not empty). */
  placeUnknown: boolean;
  /** The place has no known centre, so its services are shown instead of the nearest. */
  placeWithoutCentre: boolean;
  /** The sort applied. */
  sort: SearchSort;
  /** The sorts that make sense now (relevance needs words, distance a point). */
  sorts: SearchSort[];
}

/** Turns the reader's choices into a `searchServices` request. */
export function finderRequest(state: FinderState, context: FinderContext = {}): FinderRequest {
  const place = context.device ? undefined : state.place.trim() ? resolvePlaceInput(context.places, state.place) : undefined;
  const origin = context.device ?? place?.centre;
  const filters: NonNullable<SearchRequest['filters']> = {};
  if (state.categories.length) filters.categories = state.categories;
  if (state.languages.length) filters.languages = state.languages;
  if (state.noPapers) filters.noPapersNeeded = true;
  if (state.walkIn) filters.walkIn = true;
  if (state.openNow && context.openNow) filters.openNow = context.openNow;
  const placeWithoutCentre = place !== undefined && place.centre === undefined;
  if (place && (state.scope === 'here' || placeWithoutCentre)) {
    if (place.kind === 'postcode' && state.scope === 'here') filters.postcode = place.postcode!;
    else filters.municipality = place.municipality.nis;
  } else if (origin && state.scope !== 'any' && state.scope !== 'here') {
    filters.withinKm = Number(state.scope);
  }
  const hasWords = state.query.trim() !== '';
  const sorts: SearchSort[] = [...(hasWords ? (['relevance'] as const) : []), ...(origin ? (['distance'] as const) : []), 'name'];
  const sort: SearchSort = state.sort && sorts.includes(state.sort) ? state.sort : origin ? 'distance' : hasWords ? 'relevance' : 'name';
  const request: SearchRequest = { query: state.query, filters, sort, locale: context.locale ?? 'en', limit: context.limit ?? 10 };
  if (origin) request.origin = origin;
  return {
    request,
    ...(place ? { place } : {}),
    placeUnknown: !context.device && state.place.trim() !== '' && place === undefined && context.places !== undefined,
    placeWithoutCentre,
    sort,
    sorts,
  };
}

/** One removable choice: what it is, and the state without it. */
export type Chip =
  | { kind: 'query'; value: string }
  | { kind: 'category'; value: string }
  | { kind: 'place'; value: string; scope: DistanceScope }
  | { kind: 'device'; scope: DistanceScope }
  | { kind: 'language'; value: string }
  | { kind: 'openNow' | 'noPapers' | 'walkIn' };

/**
 * The reader's choices as chips, in the order of the form. A place shows once it resolves (an unknown
 * place filters nothing); the device's position shows as its own chip.
 */
export function chipsOf(state: FinderState, options: { placeResolved: boolean; device: boolean }): Chip[] {
  const chips: Chip[] = [];
  if (state.query.trim()) chips.push({ kind: 'query', value: state.query.trim() });
  for (const value of state.categories) chips.push({ kind: 'category', value });
  if (options.device) chips.push({ kind: 'device', scope: state.scope === 'here' ? 'any' : state.scope });
  else if (state.place.trim() && options.placeResolved) chips.push({ kind: 'place', value: state.place.trim(), scope: state.scope });
  for (const value of state.languages) chips.push({ kind: 'language', value });
  if (state.openNow) chips.push({ kind: 'openNow' });
  if (state.noPapers) chips.push({ kind: 'noPapers' });
  if (state.walkIn) chips.push({ kind: 'walkIn' });
  return chips;
}

/** The state without one chip's choice (a device chip is removed by the caller, who holds the position). */
export function withoutChip(state: FinderState, chip: Chip): FinderState {
  switch (chip.kind) {
    case 'query':
      return { ...state, query: '' };
    case 'category':
      return { ...state, categories: state.categories.filter((id) => id !== chip.value) };
    case 'place':
      return { ...state, place: '', scope: 'any', sort: state.sort === 'distance' ? '' : state.sort };
    case 'device':
      return { ...state, scope: 'any', sort: state.sort === 'distance' ? '' : state.sort };
    case 'language':
      return { ...state, languages: state.languages.filter((tag) => tag !== chip.value) };
    default:
      return { ...state, [chip.kind]: false };
  }
}

/** Everything cleared, the sort chosen by the finder again. */
export function clearedState(): FinderState {
  return { ...EMPTY_STATE, categories: [], languages: [] };
}

/** The state without category ids that `known` does not have (a host's typo must not hide every service). */
export function withKnownCategories(state: FinderState, known: (id: string) => boolean): FinderState {
  return state.categories.every(known) ? state : { ...state, categories: state.categories.filter(known) };
}

/** The language (`fr` of `fr-BE`) a language choice asks for. */
export const languageOf = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The state without languages no service speaks (`spoken`: primary subtags), so that a host's typo
 * (`languages="arabic"`) does not hide every service.
 */
export function withKnownLanguages(state: FinderState, spoken: readonly string[]): FinderState {
  const known = (tag: string) => spoken.includes(languageOf(tag));
  return state.languages.every(known) ? state : { ...state, languages: state.languages.filter(known) };
}
