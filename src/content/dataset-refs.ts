/**
 * Datasets as references for elements: `new ContentController(this, walkinsDataset)` with the
 * `walkinsDataset` from here (not from ./schema/walkins.js) keeps zod and the dataset's schema out of
 * the element's entry file. The store loads the schema on demand, only to validate a copy that comes
 * from the network; a reader whose device copy is current renders without it. Types come from the
 * schema modules (type-only imports, erased from the bundle).
 *
 * ```ts
 * import { walkinsDataset } from '../../content/dataset-refs.js';
 * import type { Office } from '../../content/schema/walkins.js';
 * ```
 */
import { datasetRef } from './schema/dataset.js';
import type { proceduresDataset as Procedures } from './schema/procedures.js';
import type { reintegrationDataset as Reintegration } from './schema/reintegration.js';
import type { servicesDataset as Services } from './schema/services.js';
import type { walkinsDataset as Walkins } from './schema/walkins.js';

export const walkinsDataset = /* @__PURE__ */ datasetRef<typeof Walkins>('walkins', () =>
  import('./schema/walkins.js').then((module) => module.walkinsDataset),
);
export const servicesDataset = /* @__PURE__ */ datasetRef<typeof Services>('services', () =>
  import('./schema/services.js').then((module) => module.servicesDataset),
);
export const proceduresDataset = /* @__PURE__ */ datasetRef<typeof Procedures>('procedures', () =>
  import('./schema/procedures.js').then((module) => module.proceduresDataset),
);
export const reintegrationDataset = /* @__PURE__ */ datasetRef<typeof Reintegration>('reintegration', () =>
  import('./schema/reintegration.js').then((module) => module.reintegrationDataset),
);
