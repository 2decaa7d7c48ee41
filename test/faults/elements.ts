// The elements the fault matrix runs: one line per element. What the matrix needs to know of each: its
// tag (and attributes that show every record), its dataset, when it shows its records, and how many
// records the reader can reach (the rest of a page counts, as "show more" reaches it).
import '../../src/components/fl-service-finder/fl-service-finder.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { servicesDataset, walkinsDataset } from '../../src/content/dataset-refs.js';
import type { DatasetSource } from '../../src/content/schema/dataset.js';

export interface MatrixElement {
  tag: string;
  attributes: Record<string, string>;
  dataset: DatasetSource;
  /** Its records are on screen (content shown and, for a search, searchable). */
  showing(el: HTMLElement): boolean;
  /** How many records the reader can reach. */
  records(el: HTMLElement): number;
}

const root = (el: HTMLElement) => el.shadowRoot!;

/** Offices on screen plus those the "Show more places (N more)" button would add. */
function offices(el: HTMLElement): number {
  const more = /\((\d+)/.exec(root(el).querySelector('[part~="more"]')?.textContent ?? '');
  return root(el).querySelectorAll('[part~="office"]').length + Number(more?.[1] ?? 0);
}

export const ELEMENTS: readonly MatrixElement[] = [
  { tag: 'fl-walkin-schedule', attributes: { show: 'all' }, dataset: walkinsDataset, showing: (el) => offices(el) > 0, records: offices },
  {
    tag: 'fl-service-finder',
    attributes: {},
    dataset: servicesDataset,
    showing: (el) => (el as FlServiceFinder).resultCount !== undefined && root(el).querySelector('article.card') !== null,
    records: (el) => (el as FlServiceFinder).resultCount ?? 0,
  },
];
