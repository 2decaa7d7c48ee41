/**
 * What a content store is told (its timings and its device copy) and what it tells the elements that
 * show a dataset (its state). Types and defaults only: the store itself is ./store.ts.
 */
import type { ContentCache } from './cache.js';
import type { ContentError } from './errors.js';
import type { DownloadProgress } from './loader.js';
import type { ContentProblem } from './problems.js';

/** Timing and storage of a store. */
export interface ContentOptions {
  /** After this long without content, `slow` becomes true (the "slow connection" notice). Default 3000 ms. */
  slowMs: number;
  /** A request is aborted when no answer came in this long (network time, not a busy page's). Default 8000 ms. */
  timeoutMs: number;
  /** A download is aborted when no byte came in this long; never while bytes arrive. Default 15000 ms. */
  idleTimeoutMs: number;
  /** Quick retries after a failure that may pass (network, timeout, HTTP error, not JSON, integrity). Default 3. */
  retries: number;
  /** The first retry waits about this long, each next one twice as long (jittered: half to full). Default 1000 ms. */
  backoffMs: number;
  /** The longest wait between quick retries. Default 30000 ms. */
  maxBackoffMs: number;
  /** After the quick retries (or at once, for failures that need the publisher), a retry about this often (jittered ±25 %). Default 300000 ms. */
  slowRetryMs: number;
  /** The device copy; `null` for none. Default: a ContentCache on the Cache API, else localStorage. */
  cache: ContentCache | null;
  /** Random numbers in [0, 1) for the jitter. Default Math.random. */
  random: () => number;
}

/** What an element shows for one dataset. `status` is `ready` whenever there is data. */
export interface ContentState<D = unknown> {
  /** `loading` (no data yet), `ready` (data to show), `error` (no data, and loading failed). */
  readonly status: 'loading' | 'ready' | 'error';
  /** The validated dataset: its top fields and its valid records. */
  readonly data: D | undefined;
  /** The dataset's `updated` date (`YYYY-MM-DD`) of the data shown. */
  readonly updated: string | undefined;
  /** The manifest's `schemaVersion` of the data shown. */
  readonly schemaVersion: string | undefined;
  /** Whether the content is example content (the manifest's `status` is `example`). */
  readonly example: boolean;
  /** Where the data shown came from. */
  readonly source: 'cache' | 'network' | undefined;
  /** The data shows, but refreshing it from the content host failed: it may be out of date. */
  readonly stale: boolean;
  /** A request is on its way (in the background when data shows). */
  readonly refreshing: boolean;
  /** No data yet after `slowMs`: show the "slow connection" notice. */
  readonly slow: boolean;
  /** While the first download of the dataset arrives (no data yet): how much has come. */
  readonly progress: DownloadProgress | undefined;
  /** The last failure (with data: why it is stale; without: why nothing shows). */
  readonly error: ContentError | undefined;
  /** Records left out because they are invalid, each problem with the record's id and JSON path. */
  readonly dropped: readonly ContentProblem[];
  /** The dataset file's URL. */
  readonly url: string | undefined;
  /** The SHA-256 (hex) of the published file the data comes from (device copy or network). */
  readonly sha256: string | undefined;
}

/** The state of a dataset nobody asked for yet. */
export const INITIAL_CONTENT_STATE: ContentState<never> = Object.freeze({
  status: 'loading',
  data: undefined,
  updated: undefined,
  schemaVersion: undefined,
  example: false,
  source: undefined,
  stale: false,
  refreshing: false,
  slow: false,
  progress: undefined,
  error: undefined,
  dropped: [],
  url: undefined,
  sha256: undefined,
});

/** The timings of a reader's page. */
export const DEFAULTS: Omit<ContentOptions, 'cache'> = {
  slowMs: 3000,
  timeoutMs: 8000,
  idleTimeoutMs: 15000,
  retries: 3,
  backoffMs: 1000,
  maxBackoffMs: 30000,
  slowRetryMs: 300000,
  random: Math.random,
};
