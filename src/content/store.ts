/**
 * One store per content base: it reads `<base>/v1/manifest.json` once, fetches each dataset file it
 * names once (shared by every element on the page), validates it, keeps the last good copy on the
 * device, and tells its subscribers what to show.
 *
 * Stale-while-revalidate: the device copy shows at once and the network refresh runs in the background;
 * a refresh that fails or brings invalid content never replaces what shows. Without a copy, the state is
 * `loading` (with `slow` after `slowMs`, and `progress` while a file arrives), then `error` after the
 * first failed attempt, while retries go on in the background until one succeeds: a few quick ones with
 * jittered exponential backoff, then slow ones minutes apart for as long as anyone subscribes (see
 * ./retry.ts). Every attempt after a failure reads the manifest again, asking the host rather than the
 * browser's HTTP cache, and a file that came broken (wrong hash, not JSON) is fetched anew past that
 * cache: a file under an immutable name that the publisher fixed is picked up.
 *
 * Validation (zod/mini and the schemas) is a module of its own, loaded on demand: content is validated
 * when it is written to the device copy, so showing that copy needs none of it. The store starts loading
 * it beside the manifest request; a dataset given as a DatasetRef has its schema loaded the same way.
 */
import { runStepsInSlices } from '../internal/steps.js';
import { VERSION } from '../version.js';
import { ContentCache, type CachedDataset } from './cache.js';
import { ContentError } from './errors.js';
import { definitionOf, type DatasetData, type DatasetDefinition, type DatasetSource } from './schema/dataset.js';
import type { WaitEnd } from './retry.js';
import { DEFAULTS, INITIAL_CONTENT_STATE, type ContentOptions, type ContentState } from './state.js';
import type { Manifest } from './schema/manifest.js';
import { CONTENT_SCHEMA_MAJOR, majorOf } from './schema/version.js';

export type { ContentOptions, ContentState } from './state.js';

type Validation = typeof import('./validation.js');
let validation: Promise<Validation> | undefined;

/**
 * The validation module, loaded once (a chunk of the built library). A failed load (the chunk could not
 * be fetched, or the page's rules refused it) is a `checks` ContentError, tried again on the next attempt.
 */
function loadValidation(dataset: string, url: string): Promise<Validation> {
  validation ??= import('./validation.js').catch((cause: unknown) => {
    validation = undefined;
    throw new ContentError('checks', `${dataset}: could not load the code that checks content (${String(cause)})`, { dataset, url, cause });
  });
  return validation;
}

type Network = typeof import('./network.js');
let network: Promise<Network> | undefined;

/**
 * The code that asks the content host (requests, timeouts, progress), a chunk of its own: a device copy
 * shows without it. Every store starts loading it when made, beside the device copy's read, so the first
 * request seldom waits for it. A failed load is tried again on the next attempt.
 */
function loadNetwork(dataset: string, url: string): Promise<Network> {
  network ??= import('./network.js');
  return network.catch((cause: unknown) => {
    network = undefined;
    const reason = globalThis.navigator?.onLine === false ? 'offline' : 'network';
    throw new ContentError(reason, `${dataset}: could not load the code that asks the content host (${String(cause)})`, { dataset, url, cause });
  });
}

/** A wait without the network chunk (it could not load: offline on a first visit), ended early by going online. */
function plainWait(delay: number): { done: Promise<WaitEnd>; wake: () => void } {
  let wake!: () => void;
  const done = new Promise<WaitEnd>((resolve) => {
    const timer = setTimeout(() => end('timer'), delay);
    const end = (how: WaitEnd): void => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', wake);
      resolve(how);
    };
    wake = () => end('woken');
    globalThis.addEventListener?.('online', wake);
  });
  return { done, wake };
}

let defaults: Partial<ContentOptions> = {};
let sharedCache: ContentCache | undefined;
const stores = new Map<string, ContentStore>();

/**
 * Sets the options of stores created from now on (tests use short timeouts); returns the previous
 * settings so they can be restored.
 */
export function configureContent(options: Partial<ContentOptions>): Partial<ContentOptions> {
  const previous = defaults;
  defaults = { ...defaults, ...options };
  return previous;
}

/** The store of a content base (an absolute URL ending in `/`), created on first use. */
export function contentStore(base: string): ContentStore {
  let store = stores.get(base);
  if (!store) {
    store = new ContentStore(base);
    stores.set(base, store);
  }
  return store;
}

type Listener = () => void;

interface Entry {
  /** The definition, or a reference that loads it (see `definition()`). */
  source: DatasetSource;
  /** The loaded definition, once asked for. */
  definition: Promise<DatasetDefinition> | undefined;
  state: ContentState;
  listeners: Set<Listener>;
  running: boolean;
  /** The device copy read at start, when there is one. */
  cached: CachedDataset | undefined;
  /** The SHA-256 of the file the data shown comes from. */
  sha256: string | undefined;
  wake: (() => void) | undefined;
  restart: boolean;
  /** How the next request for the dataset file treats the HTTP cache after a failure (`reload` after broken bytes). */
  fileCache: RequestCache | undefined;
}

export class ContentStore {
  /** The content base, an absolute URL ending in `/`. */
  readonly base: string;
  readonly options: ContentOptions;
  private readonly entries = new Map<string, Entry>();
  private manifestRequest: Promise<Manifest> | undefined;
  /** Set after a failure: the next manifest request asks the host, not the browser's HTTP cache. */
  private manifestCache: RequestCache | undefined;

  constructor(base: string, options: Partial<ContentOptions> = {}) {
    this.base = base;
    const merged = { ...DEFAULTS, ...defaults, ...options };
    this.options = { ...merged, cache: merged.cache === undefined ? (sharedCache ??= new ContentCache()) : merged.cache };
    loadNetwork('', this.manifestUrl).catch(() => undefined);
  }

  /** The manifest's URL: `<base>v1/manifest.json`. */
  get manifestUrl(): string {
    return `${this.base}v${CONTENT_SCHEMA_MAJOR}/manifest.json`;
  }

  /** The current state of a dataset (the initial `loading` state before anything was asked). */
  state<Def extends DatasetDefinition>(definition: DatasetSource<Def>): ContentState<DatasetData<Def>> {
    return (this.entries.get(definition.name)?.state ?? INITIAL_CONTENT_STATE) as ContentState<DatasetData<Def>>;
  }

  /**
   * Calls `listener` after every change of the dataset's state, and starts loading it if nothing has yet.
   * Returns the function that unsubscribes.
   */
  subscribe(definition: DatasetSource, listener: Listener): () => void {
    const entry = this.entry(definition);
    entry.listeners.add(listener);
    // A dataset whose retries stopped when nobody listened any more starts again for a new listener.
    if (!entry.running && (entry.state === INITIAL_CONTENT_STATE || entry.state.error || entry.state.dropped.length > 0)) void this.run(entry);
    return () => entry.listeners.delete(listener);
  }

  /**
   * Loads a dataset (or joins the load under way) and resolves with its state once the first attempt
   * settles: with data, or with the error that left it without.
   */
  load<Def extends DatasetDefinition>(definition: DatasetSource<Def>): Promise<ContentState<DatasetData<Def>>> {
    return new Promise((resolve) => {
      const settled = () => {
        const state = this.state(definition);
        if (!state.refreshing || state.error !== undefined) {
          unsubscribe();
          resolve(state);
        }
      };
      const unsubscribe = this.subscribe(definition, settled);
      settled();
    });
  }

  /** Tries again now: skips the wait, and starts a new round of quick retries. */
  retry(definition: DatasetSource): void {
    const entry = this.entry(definition);
    if (entry.state.status === 'error') this.set(entry, { status: 'loading', slow: false, refreshing: true });
    else this.set(entry, { refreshing: true });
    if (entry.running) {
      entry.restart = true;
      entry.wake?.();
    } else {
      void this.run(entry);
    }
  }

  private entry(source: DatasetSource): Entry {
    let entry = this.entries.get(source.name);
    if (!entry) {
      entry = {
        source,
        definition: undefined,
        state: INITIAL_CONTENT_STATE,
        listeners: new Set(),
        running: false,
        cached: undefined,
        sha256: undefined,
        wake: undefined,
        restart: false,
        fileCache: undefined,
      };
      this.entries.set(source.name, entry);
    }
    return entry;
  }

  private set(entry: Entry, patch: Partial<ContentState>): void {
    const next = { ...entry.state, ...patch };
    next.status = next.data !== undefined ? 'ready' : next.error && patch.status !== 'loading' ? 'error' : 'loading';
    if (patch.status === 'loading') next.error = undefined;
    entry.state = Object.freeze(next);
    for (const listener of [...entry.listeners]) listener();
  }

  private async run(entry: Entry): Promise<void> {
    entry.running = true;
    const name = entry.source.name;
    const { cache } = this.options;
    try {
      if (entry.state.data === undefined && entry.cached === undefined && cache) {
        this.set(entry, { refreshing: true });
        const cached = await this.readCache(entry);
        if (cached) {
          entry.cached = cached;
          entry.sha256 = cached.sha256;
          this.set(entry, {
            data: cached.data,
            updated: cached.updated,
            schemaVersion: cached.schemaVersion,
            example: cached.status === 'example',
            source: 'cache',
            dropped: cached.dropped,
            url: undefined,
            sha256: cached.sha256,
          });
        }
      }
      for (let attempt = 0; ;) {
        entry.restart = false;
        const slow =
          entry.state.status === 'loading'
            ? setTimeout(() => {
                if (entry.state.status === 'loading') this.set(entry, { slow: true });
              }, this.options.slowMs)
            : undefined;
        this.set(entry, { refreshing: true });
        let failure: ContentError | undefined;
        try {
          await this.refresh(entry);
        } catch (cause) {
          failure =
            cause instanceof ContentError
              ? cause
              : new ContentError('network', `${name}: ${String(cause)}`, { dataset: name, url: this.manifestUrl, cause });
        } finally {
          clearTimeout(slow);
        }
        if (!failure) {
          this.set(entry, { stale: false, error: undefined, slow: false, refreshing: false, progress: undefined });
          // Records were left out: the publisher may fix them. The manifest is read again now and then,
          // as after a failure, until a publication shows whole (or nobody shows the dataset).
          if (entry.state.dropped.length === 0 || (await this.pause(entry, false, 0)) === 'stop') return;
          this.manifestRequest = undefined;
          this.manifestCache = 'no-cache';
          attempt = 0;
          continue;
        }
        this.afterFailure(entry, failure);
        const hasData = entry.state.data !== undefined;
        const sameError = entry.state.error?.reason === failure.reason && entry.state.error.url === failure.url;
        this.set(entry, { error: sameError ? entry.state.error : failure, stale: hasData, slow: false, progress: undefined });
        if (sameError === false) report(failure);
        if (entry.restart) {
          attempt = 0;
          continue;
        }
        const quick = failure.retryable && attempt < this.options.retries;
        const end = await this.pause(entry, quick, attempt);
        if (end === 'stop') return;
        // Woken (online again, the page shows again, the reader asked): a new round of quick retries.
        attempt = quick && end === 'timer' && !entry.restart ? attempt + 1 : 0;
      }
    } finally {
      entry.running = false;
      entry.wake = undefined;
    }
  }

  /**
   * The wait before the next attempt: a quick retry's backoff, or a slow retry's minutes. `stop` when a
   * slow wait ends with nobody showing the dataset any more (a new subscriber starts again).
   */
  private async pause(entry: Entry, quick: boolean, attempt: number): Promise<WaitEnd | 'stop'> {
    if (!quick) this.set(entry, { refreshing: false });
    const { backoffMs, maxBackoffMs, slowRetryMs, random } = this.options;
    const net = await loadNetwork(entry.source.name, this.manifestUrl).catch(() => undefined);
    const wait = net
      ? net.waitForRetry({
          delay: quick ? net.backoffDelay(attempt, backoffMs, maxBackoffMs, random) : net.slowDelay(slowRetryMs, random),
          slow: !quick,
          lastAttempt: performance.now(),
          visibleGapMs: backoffMs * 5,
        })
      : plainWait(quick ? backoffMs : slowRetryMs);
    entry.wake = wait.wake;
    // The reader asked again while the network code was awaited.
    if (entry.restart) wait.wake();
    const end = await wait.done;
    entry.wake = undefined;
    if (!quick && !entry.restart && entry.listeners.size === 0) {
      this.set(entry, { refreshing: false });
      return 'stop';
    }
    return end;
  }

  /**
   * After a failed attempt: the next one reads the manifest again, from the host (a fix is often a new
   * manifest); a dataset file that came with wrong bytes or not as JSON is fetched past the browser's
   * HTTP cache (its immutable name would keep the broken copy for a year); after an HTTP error the
   * cache is asked to check with the host.
   */
  private afterFailure(entry: Entry, failure: ContentError): void {
    this.manifestRequest = undefined;
    this.manifestCache = 'no-cache';
    if (failure.url !== this.manifestUrl) {
      if (failure.reason === 'integrity' || failure.reason === 'not-json') entry.fileCache = 'reload';
      else if (failure.reason === 'http' && entry.fileCache !== 'reload') entry.fileCache = 'no-cache';
    }
  }

  /** The dataset's definition, loaded once per entry (again after a failed load). */
  private definition(entry: Entry): Promise<DatasetDefinition> {
    entry.definition ??= definitionOf(entry.source).catch((cause: unknown) => {
      entry.definition = undefined;
      const name = entry.source.name;
      throw new ContentError('checks', `${name}: could not load the schema of "${name}" (${String(cause)})`, {
        dataset: name,
        url: this.manifestUrl,
        cause,
      });
    });
    return entry.definition;
  }

  /**
   * The device copy. One written by this library version was validated by it and is used as it is;
   * one written by another version is checked against this version's schema first: records that no
   * longer pass are left out (and reported), as for content from the network; the rest shows.
   */
  private async readCache(entry: Entry): Promise<CachedDataset | undefined> {
    const name = entry.source.name;
    const cached = await this.options.cache?.read(this.base, CONTENT_SCHEMA_MAJOR, name);
    if (!cached || cached.library === VERSION) return cached;
    try {
      const [{ validateDatasetSteps, droppedProblems }, definition] = await Promise.all([
        loadValidation(name, this.manifestUrl),
        this.definition(entry),
      ]);
      const result = await runStepsInSlices(validateDatasetSteps(definition, { dataset: name, updated: cached.updated, ...(cached.data as object) }));
      if (!result.ok) return undefined;
      return { ...cached, data: result.data, dropped: [...cached.dropped, ...droppedProblems(result.dropped)], library: VERSION };
    } catch {
      return undefined;
    }
  }

  /** The manifest, fetched once per store and shared by its datasets; fetched again after a failure. */
  private manifest(dataset: string): Promise<Manifest> {
    this.manifestRequest ??= this.fetchManifest(dataset).catch((error: unknown) => {
      this.manifestRequest = undefined;
      throw error;
    });
    return this.manifestRequest;
  }

  private async fetchManifest(dataset: string): Promise<Manifest> {
    const url = this.manifestUrl;
    // Both at once: loading the validation code adds no wait to the request.
    const checks = loadValidation(dataset, url);
    checks.catch(() => undefined);
    const cache = this.manifestCache;
    const { fetchJson } = await loadNetwork(dataset, url);
    const json = await fetchJson(url, {
      dataset,
      timeoutMs: this.options.timeoutMs,
      idleTimeoutMs: this.options.idleTimeoutMs,
      ...(cache ? { cache } : {}),
    });
    this.manifestCache = undefined;
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    const major = majorOf(version);
    if (major !== undefined && major !== CONTENT_SCHEMA_MAJOR) {
      throw new ContentError(
        'schema-major',
        `${dataset}: the content at ${url} follows schema ${String(version)}; this version of frontline-widgets (${VERSION}) reads schema ${CONTENT_SCHEMA_MAJOR}.x only`,
        { dataset, url },
      );
    }
    return (await checks).parseManifest(json, dataset, url);
  }

  /** One attempt: the manifest, then the dataset file unless the copy shown is the one it names. */
  private async refresh(entry: Entry): Promise<void> {
    const name = entry.source.name;
    const manifest = await this.manifest(name);
    const listed = manifest.datasets[name];
    if (!listed) {
      throw new ContentError('missing', `${name}: the manifest ${this.manifestUrl} does not list "${name}"`, {
        dataset: name,
        url: this.manifestUrl,
      });
    }
    const url = `${this.base}v${CONTENT_SCHEMA_MAJOR}/${listed.file}`;
    const example = manifest.status === 'example';
    if (entry.sha256 === listed.sha256 && entry.state.data !== undefined) {
      this.set(entry, { example, url, schemaVersion: manifest.schemaVersion, stale: false, error: undefined });
      return;
    }
    // The schema loads beside the file's request (and not at all when the copy shown is current).
    const checks = Promise.all([loadValidation(name, url), this.definition(entry)]);
    checks.catch(() => undefined);
    const first = entry.state.data === undefined;
    let shown = 0;
    const { fetchJson } = await loadNetwork(name, url);
    const json = await fetchJson(url, {
      dataset: name,
      timeoutMs: this.options.timeoutMs,
      idleTimeoutMs: this.options.idleTimeoutMs,
      sha256: listed.sha256,
      ...(entry.fileCache ? { cache: entry.fileCache } : {}),
      ...(listed.bytes === undefined ? {} : { bytes: listed.bytes }),
      // Progress on a first download only (with data on screen, the refresh stays in the background),
      // a few times a second at most: every change renders the elements that show the dataset.
      onProgress: (progress) => {
        const now = performance.now();
        if (!first || entry.state.data !== undefined || (now - shown < 250 && progress.received !== progress.total)) return;
        shown = now;
        this.set(entry, { progress });
      },
    });
    entry.fileCache = undefined;
    const [{ validateDatasetSteps, keepPreviousRecords, droppedProblems, summarise }, definition] = await checks;
    // Record by record in slices, so that checking thousands of services never blocks the page.
    const result = await runStepsInSlices(validateDatasetSteps(definition, json));
    if (!result.ok) {
      throw new ContentError('invalid', `${name}: ${url} is invalid and was not used: ${summarise(result.problems)}`, {
        dataset: name,
        url,
        problems: result.problems,
      });
    }
    const data = keepPreviousRecords(definition, result.data, result.dropped, entry.state.data as typeof result.data | undefined);
    const dropped = droppedProblems(result.dropped);
    if (dropped.length > 0) {
      const kept = result.dropped.filter((record) => record.keptPrevious).map((record) => record.id);
      console.warn(
        `frontline-widgets: ${name}: ${result.dropped.length} invalid record(s) left out of ${url}` +
          (kept.length > 0 ? ` (the previous version of ${kept.join(', ')} is shown instead)` : '') +
          `:\n${dropped.map((problem) => `  ${problem.path}${problem.id ? ` (${problem.id})` : ''}: ${problem.message}`).join('\n')}`,
      );
    }
    entry.sha256 = listed.sha256;
    this.set(entry, {
      data,
      updated: result.updated,
      schemaVersion: manifest.schemaVersion,
      example,
      source: 'network',
      dropped,
      url,
      sha256: listed.sha256,
      stale: false,
      error: undefined,
      slow: false,
      progress: undefined,
    });
    await this.options.cache?.write(this.base, CONTENT_SCHEMA_MAJOR, {
      library: VERSION,
      dataset: name,
      sha256: listed.sha256,
      updated: result.updated,
      schemaVersion: manifest.schemaVersion,
      status: manifest.status,
      dropped,
      data,
    });
  }
}

function report(error: ContentError): void {
  console.warn(`frontline-widgets: ${error.message}`);
}
