/**
 * Everything the service finder derives from one services dataset, built once per dataset object and
 * shared by every finder on the page that shows it: the search index, the postcode lookups, the category
 * tree in display order, the languages services speak, and organisations by id, built in slices that
 * leave the main thread free between them.
 */
import type { Category, Organization, Places, ReaderWord, Service } from '../content/schema/services.js';
import { primaryLanguage } from '../i18n/negotiate.js';
import { runStepsInSlices, yieldToMain } from '../internal/steps.js';
import { placeIndexSteps, type PlaceIndex } from './geo.js';
import { buildServiceIndexAsync, type AsyncBuildOptions } from './search-build.js';
import type { ServiceIndex } from './search-index.js';

/** What the finder needs of a services dataset. */
export interface ServicesData {
  taxonomy: readonly Category[];
  organizations: readonly Organization[];
  services: readonly Service[];
  places?: Places | undefined;
  /** The content's reader words (over the shipped defaults: ./reader-words.ts). */
  readerWords?: readonly ReaderWord[] | undefined;
}

/** A category with its depth in the tree (0 for a top category), in display order. */
export interface CategoryEntry {
  category: Category;
  depth: number;
}

export interface FinderIndex {
  search: ServiceIndex;
  places?: PlaceIndex;
  /** Categories in tree order: each parent followed by its children. */
  categories: CategoryEntry[];
  categoryById: ReadonlyMap<string, Category>;
  organizationById: ReadonlyMap<string, Organization>;
  /** Primary language codes that at least one service speaks, most common first. */
  languages: string[];
}

/** Above this many services the search index is kept on the device between visits (with a keeper). */
export const KEEP_THRESHOLD = 1500;

const built = new WeakMap<object, FinderIndex | Promise<FinderIndex>>();

/** Categories ordered as a tree (parents first, children right after them, content order otherwise). */
export function categoryTree(taxonomy: readonly Category[]): CategoryEntry[] {
  const ids = new Set(taxonomy.map((category) => category.id));
  const children = new Map<string | undefined, Category[]>();
  for (const category of taxonomy) {
    const parent = category.parent !== undefined && ids.has(category.parent) && category.parent !== category.id ? category.parent : undefined;
    const list = children.get(parent) ?? [];
    list.push(category);
    children.set(parent, list);
  }
  const out: CategoryEntry[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | undefined, depth: number) => {
    for (const category of children.get(parent) ?? []) {
      if (seen.has(category.id)) continue;
      seen.add(category.id);
      out.push({ category, depth });
      visit(category.id, depth + 1);
    }
  };
  visit(undefined, 0);
  // Categories caught in a parent loop still get listed.
  for (const category of taxonomy) if (!seen.has(category.id)) out.push({ category, depth: 0 });
  return out;
}

/** Primary language codes of the services, most common first, then alphabetical. */
export function spokenLanguages(services: readonly Service[]): string[] {
  const counts = new Map<string, number>();
  for (const service of services) {
    for (const tag of new Set(service.languages.map(primaryLanguage))) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([tag]) => tag);
}

/** Where a large dataset's search index is kept between visits (see ../logic/index-codec.ts): bytes in, bytes out. */
export interface IndexKeeper {
  read(): Promise<ArrayBuffer | undefined>;
  write(parts: BlobPart[]): Promise<unknown>;
}

/** Options of {@link finderIndex}. */
export interface FinderIndexOptions extends AsyncBuildOptions {
  /** Keeps the search index of a large dataset: read instead of built when it holds one for these services. */
  keeper?: IndexKeeper | undefined;
}

/**
 * The finder's index of `data`: the same for the same dataset object (the index itself once built, the
 * promise of it before). Built in slices that leave the main thread free between them (the place lookups,
 * then the search index: together 20 to 25 ms for the example's 55 services on a laptop, over 100 ms
 * on a slow phone). For a dataset of more than {@link KEEP_THRESHOLD} services, the search index is read
 * from `keeper` when it holds the index of these services, and given to it once built.
 */
export function finderIndex(data: ServicesData, { keeper, ...options }: FinderIndexOptions = {}): FinderIndex | Promise<FinderIndex> {
  const existing = built.get(data);
  if (existing) return existing;
  const large = data.services.length > KEEP_THRESHOLD;
  // The codec is a chunk of its own, loaded only for a large dataset with a keeper.
  const codec = large && keeper ? import('./index-codec.js').catch(() => undefined) : undefined;
  const kept = async (): Promise<ServiceIndex | undefined> => {
    if (!codec) return undefined;
    const [bytes, module] = await Promise.all([keeper?.read().catch(() => undefined), codec]);
    const search = bytes && module ? module.decodeServiceIndex(bytes, data.services) : undefined;
    // The first results render next: in a task of its own.
    await yieldToMain();
    return search;
  };
  const build = async (places: PlaceIndex | undefined): Promise<ServiceIndex> => {
    const indexOptions = { organizations: data.organizations, taxonomy: data.taxonomy, ...(places ? { places } : {}) };
    const search = await buildServiceIndexAsync(data.services, indexOptions, options);
    const module = await codec;
    // Kept after the first results render, in a task of its own (encoding 10,000 services: about 40 ms).
    if (module && keeper) {
      void yieldToMain()
        .then(() => keeper.write(module.encodeServiceIndex(search)))
        .catch(() => undefined);
    }
    return search;
  };
  const promise = (async (): Promise<FinderIndex> => {
    const places = data.places ? await runStepsInSlices(placeIndexSteps(data.places), options) : undefined;
    const search = (await kept()) ?? (await build(places));
    const index: FinderIndex = {
      search,
      ...(places ? { places } : {}),
      categories: categoryTree(data.taxonomy),
      categoryById: new Map(data.taxonomy.map((category) => [category.id, category])),
      organizationById: new Map(data.organizations.map((organization) => [organization.id, organization])),
      languages: spokenLanguages(data.services),
    };
    built.set(data, index);
    return index;
  })();
  promise.catch(() => built.delete(data));
  built.set(data, promise);
  return promise;
}
