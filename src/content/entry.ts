/**
 * One dataset of a store (./store.ts): what its elements are shown (its state, and who listens to it)
 * and how its attempts are spaced: the state after a failure, the wait before the next attempt with the
 * wake-ups that end it early (./retry.ts), and how the next request for the file treats the browser's
 * HTTP cache. The store runs the attempts; the entry remembers what they left.
 */
import type { CachedDataset } from './cache.js';
import type { ContentError } from './errors.js';
import { loadNetwork, plainWait } from './on-demand.js';
import type { WaitEnd } from './retry.js';
import type { DatasetDefinition, DatasetSource } from './schema/dataset.js';
import { INITIAL_CONTENT_STATE, type ContentOptions, type ContentState } from './state.js';

type Listener = () => void;

export class DatasetEntry {
  /** The definition, or a reference that loads it. */
  readonly source: DatasetSource;
  /** The loaded definition, once asked for (the store's `definition()`). */
  definition: Promise<DatasetDefinition> | undefined = undefined;
  state: ContentState = INITIAL_CONTENT_STATE;
  readonly listeners = new Set<Listener>();
  running = false;
  /** The device copy read at start, when there is one. */
  cached: CachedDataset | undefined = undefined;
  /** The SHA-256 of the file the data shown comes from. */
  sha256: string | undefined = undefined;
  /** Ends the wait under way at once. */
  wake: (() => void) | undefined = undefined;
  /** The reader asked again: the next attempt starts a new round of quick retries. */
  restart = false;
  /** How the next request for the dataset file treats the HTTP cache after a failure (`reload` after broken bytes). */
  fileCache: RequestCache | undefined = undefined;

  /** Resolves once the device copy was looked for (found or not): what the first attempt asks comes next. */
  readonly looked: Promise<void>;
  /** Resolves `looked`. */
  lookedUp!: () => void;

  constructor(source: DatasetSource) {
    this.source = source;
    this.looked = new Promise((resolve) => (this.lookedUp = resolve));
  }

  /**
   * Changes the state (its `status` follows from the data and the error) and tells every listener; a patch
   * that changes nothing tells no one (each listener renders an element again).
   */
  set(patch: Partial<ContentState>): void {
    const next = { ...this.state, ...patch };
    next.status = next.data !== undefined ? 'ready' : next.error && patch.status !== 'loading' ? 'error' : 'loading';
    if (patch.status === 'loading') next.error = undefined;
    const previous = this.state as unknown as Record<string, unknown>;
    if (Object.entries(next).every(([key, value]) => previous[key] === value)) return;
    this.state = Object.freeze(next);
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * After a failed attempt: the data shown (if any) becomes stale, and the failure is the error (reported
   * on the console once, not at every retry). A dataset file that came with wrong bytes or not as JSON is
   * fetched past the browser's HTTP cache next time (its immutable name would keep the broken copy for a
   * year); after an HTTP error the cache is asked to check with the host.
   */
  failed(failure: ContentError, manifestUrl: string): void {
    if (failure.url !== manifestUrl) {
      if (failure.reason === 'integrity' || failure.reason === 'not-json') this.fileCache = 'reload';
      else if (failure.reason === 'http' && this.fileCache !== 'reload') this.fileCache = 'no-cache';
    }
    const hasData = this.state.data !== undefined;
    const sameError = this.state.error?.reason === failure.reason && this.state.error.url === failure.url;
    this.set({ error: sameError ? this.state.error : failure, stale: hasData, slow: false, progress: undefined });
    if (sameError === false) console.warn(`frontline-widgets: ${failure.message}`);
  }

  /**
   * The wait before the next attempt: a quick retry's backoff, or a slow retry's minutes. `stop` when a
   * slow wait ends with nobody showing the dataset any more (a new subscriber starts again).
   */
  async pause(options: ContentOptions, manifestUrl: string, quick: boolean, attempt: number): Promise<WaitEnd | 'stop'> {
    if (!quick) this.set({ refreshing: false });
    const { backoffMs, maxBackoffMs, slowRetryMs, random } = options;
    const net = await loadNetwork(this.source.name, manifestUrl).catch(() => undefined);
    const wait = net
      ? net.waitForRetry({
          delay: quick ? net.backoffDelay(attempt, backoffMs, maxBackoffMs, random) : net.slowDelay(slowRetryMs, random),
          slow: !quick,
          lastAttempt: performance.now(),
          visibleGapMs: backoffMs * 5,
        })
      : plainWait(quick ? backoffMs : slowRetryMs);
    this.wake = wait.wake;
    // The reader asked again while the network code was awaited.
    if (this.restart) wait.wake();
    const end = await wait.done;
    this.wake = undefined;
    if (!quick && !this.restart && this.listeners.size === 0) {
      this.set({ refreshing: false });
      return 'stop';
    }
    return end;
  }
}
