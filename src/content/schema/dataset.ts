/**
 * How a dataset schema is declared. A dataset file is one JSON object: a few top-level fields (checked
 * whole: when they are wrong the file is refused) and collections of records (arrays of objects with an
 * `id`, checked one by one: an invalid record is dropped and reported, the rest still shows).
 *
 * ```ts
 * export const walkinsDataset = defineDataset({
 *   name: 'walkins',
 *   top: { supportLine: supportLineSchema },
 *   collections: { offices: officeSchema },
 * });
 * export type Office = z.infer<typeof officeSchema>;
 * ```
 */
import type * as z from 'zod/mini';

export const DATASET_NAMES = ['services', 'procedures', 'walkins', 'reintegration'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface DatasetDefinition<
  N extends DatasetName = DatasetName,
  T extends Record<string, z.ZodMiniType> = Record<string, z.ZodMiniType>,
  C extends Record<string, z.ZodMiniType> = Record<string, z.ZodMiniType>,
> {
  /** The dataset's name, also its file name stem and the value of the file's `dataset` field. */
  name: N;
  /** Top-level fields besides the envelope (`dataset`, `id`, `updated`...), checked as a whole. */
  top: T;
  /** Arrays of records, each record checked on its own. Every record has an `id`. */
  collections: C;
}

/** Declares a dataset; the content layer builds the whole-file schema and the per-record checks from it. */
export function defineDataset<N extends DatasetName, T extends Record<string, z.ZodMiniType>, C extends Record<string, z.ZodMiniType>>(
  definition: DatasetDefinition<N, T, C>,
): DatasetDefinition<N, T, C> {
  return definition;
}

/**
 * A dataset an element names without carrying its schema: the name, and a function that loads the
 * definition (in the built library, a chunk loaded on demand). The store renders a device copy without
 * it and loads it only to validate a copy that comes from the network. See src/content/dataset-refs.ts.
 */
export interface DatasetRef<Def extends DatasetDefinition = DatasetDefinition> {
  readonly name: Def['name'];
  /** Loads the definition (its zod schemas). */
  readonly load: () => Promise<Def>;
}

/** What the store and the controller take: a definition, or a reference that loads it. */
export type DatasetSource<Def extends DatasetDefinition = DatasetDefinition> = Def | DatasetRef<Def>;

/** A reference to the dataset `name` whose definition `load()` brings. */
export function datasetRef<Def extends DatasetDefinition>(name: Def['name'], load: () => Promise<Def>): DatasetRef<Def> {
  return { name, load };
}

/** The definition of `source`, loading it when `source` is a reference. */
export function definitionOf<Def extends DatasetDefinition>(source: DatasetSource<Def>): Promise<Def> {
  return 'load' in source ? source.load() : Promise.resolve(source);
}

/** The parsed content of a dataset: its top-level fields and its valid records. */
export type DatasetData<D> =
  D extends DatasetDefinition<DatasetName, infer T, infer C> ? { [K in keyof T]: z.infer<T[K]> } & { [K in keyof C]: z.infer<C[K]>[] } : never;
