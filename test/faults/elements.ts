// The elements the fault matrix runs: one line per element. What the matrix needs to know of each: its
// tag (and attributes that show every record), its dataset, when it shows its records, and how many
// records the reader can reach (the rest of a page counts, as "show more" reaches it).
import '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import '../../src/components/fl-service-finder/fl-service-finder.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { proceduresDataset, reintegrationDataset, servicesDataset, walkinsDataset } from '../../src/content/dataset-refs.js';
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

/** Records on screen (`part`) plus those the "Show more ... (N more)" button would add. */
function reachable(el: HTMLElement, part: string): number {
  const more = /\((\d+)/.exec(root(el).querySelector('[part~="more"]')?.textContent ?? '');
  return root(el).querySelectorAll(`[part~="${part}"]`).length + Number(more?.[1] ?? 0);
}
const offices = (el: HTMLElement) => reachable(el, 'office');

/** The procedures listed: an explainer asked for an id the content does not have lists every procedure. */
const procedures = (el: HTMLElement) => root(el).querySelectorAll('[part~="procedure-list"] [part~="procedure-link"]').length;

export const ELEMENTS: readonly MatrixElement[] = [
  { tag: 'fl-walkin-schedule', attributes: { show: 'all' }, dataset: walkinsDataset, showing: (el) => offices(el) > 0, records: offices },
  {
    tag: 'fl-procedure-explainer',
    attributes: { procedure: 'not-in-the-content' },
    dataset: proceduresDataset,
    showing: (el) => procedures(el) > 0,
    records: procedures,
  },
  // A country chosen: a card per programme for it. Its content shows once the way to a counsellor does.
  {
    tag: 'fl-reintegration-cards',
    attributes: { country: 'MA' },
    dataset: reintegrationDataset,
    showing: (el) => root(el).querySelector('[part~="counsellor"]') !== null && root(el).querySelector('[part~="card"], [part~="no-own"]') !== null,
    records: (el) => reachable(el, 'card'),
  },
  {
    tag: 'fl-service-finder',
    attributes: {},
    dataset: servicesDataset,
    showing: (el) => (el as FlServiceFinder).resultCount !== undefined && root(el).querySelector('article.card') !== null,
    records: (el) => (el as FlServiceFinder).resultCount ?? 0,
  },
];
