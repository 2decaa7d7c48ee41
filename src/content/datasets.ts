/**
 * Every dataset's definition, by name: for the publisher, the CLI and the JSON Schema files. Elements
 * import only their own dataset's definition (so each element's bundle holds only its schema).
 */
import type { DatasetDefinition, DatasetName } from './schema/dataset.js';
import { proceduresDataset } from './schema/procedures.js';
import { reintegrationDataset } from './schema/reintegration.js';
import { servicesDataset } from './schema/services.js';
import { walkinsDataset } from './schema/walkins.js';

export const datasets = {
  services: servicesDataset,
  procedures: proceduresDataset,
  walkins: walkinsDataset,
  reintegration: reintegrationDataset,
} satisfies Record<DatasetName, DatasetDefinition>;

/** The definition of the dataset named `name`, or `undefined` for an unknown name. */
export function datasetDefinition(name: string): DatasetDefinition | undefined {
  return Object.hasOwn(datasets, name) ? (datasets as Record<string, DatasetDefinition>)[name] : undefined;
}
