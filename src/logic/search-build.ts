/**
 * Builds the search index of a list of services (./search-index.ts) in one go or in slices: an inverted
 * index of the folded words of names, organisations, categories, places and descriptions, the services of
 * each category, language, audience and place, the access flags, and the points to measure distances to.
 */
import type { LocalizedText } from '../content/schema/common.js';
import type { Service } from '../content/schema/services.js';
import { primaryLanguage } from '../i18n/negotiate.js';
import { FIELD_WEIGHTS, FLAG, newScratch, type ServiceIndex, type ServiceIndexOptions } from './search-index.js';
import { runSteps, runStepsInSlices, type SliceOptions } from '../internal/steps.js';
import { normalizeText } from './text.js';

const pushTo = <K>(map: Map<K, number[]>, key: K, doc: number) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
};
const freeze = <K>(map: Map<K, number[]>) => new Map([...map].map(([key, list]) => [key, Uint32Array.from(list)] as const));

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
export function buildServiceIndexAsync(
  services: readonly Service[],
  options: ServiceIndexOptions = {},
  slices: AsyncBuildOptions = {},
): Promise<ServiceIndex> {
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
function* indexSteps(services: readonly Service[], options: ServiceIndexOptions): Generator<void, ServiceIndex, void> {
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
      for (let from = 0; from < folded.length;) {
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
      for (const value of Object.values<string | readonly string[]>(text)) {
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
