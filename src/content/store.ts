/**
 * One store per content base: it reads `<base>/v1/manifest.json` once, fetches each dataset file it
 * names once (shared by every element on the page), validates it, keeps the last good copy on the
 * device, and tells its subscribers what to show.
 *
 * Stale-while-revalidate: the device copy shows at once and the network refresh runs in the background;
 * a refresh that fails or brings invalid content never replaces what shows. Without a copy, the state is
 * `loading` (with `slow` after `slowMs`, and `progress` while a file arrives), then `error` after the
 * first failed attempt, while retries go on in the background until one succeeds: a few quick ones with
 * jittered exponential backoff, then slow ones minutes apart for as long as anyone subscribes (a
 * dataset's state and the waits between its attempts: ./entry.ts and ./retry.ts). Every attempt after a
 * failure reads the manifest again, asking the host rather than the browser's HTTP cache, and a file that
 * came broken (wrong hash, not JSON) is fetched anew past that cache: a file under an immutable name that
 * the publisher fixed is picked up.
 *
 * Validation (zod/mini and the schemas) is a module of its own, loaded on demand: content is validated
 * when it is written to the device copy, so showing that copy needs none of it, and a manifest that lists
 * the file the copy came from is read by hand (./schema/manifest-fields.ts): an unchanged second visit
 * loads no checking code at all. Without a copy, the store starts loading it beside the manifest request;
 * a dataset given as a DatasetRef has its schema loaded the same way.
 *
 * The first attempt asks the host for the manifest while the device copy is read, not after; on a page
 * with the script-tag loader, it reads the answers the loader asked for before the store arrived: the
 * manifest, and on a first visit the dataset's file (./early.ts). A copy fetched from the network is
 * written to the device after the next frame is painted, not before it.
 */
import { afterNextPaint, runStepsInSlices, yieldToMain } from '../internal/steps.js';
import { VERSION } from '../version.js';
import { ContentCache, type CachedDataset } from './cache.js';
import { ContentError } from './errors.js';
import { definitionOf, type DatasetData, type DatasetDefinition, type DatasetSource } from './schema/dataset.js';
import { DEFAULTS, INITIAL_CONTENT_STATE, type ContentOptions, type ContentState } from './state.js';
import { takeEarly } from './early.js';
import { DatasetEntry } from './entry.js';
import { ManifestReader } from './manifest-reader.js';
import { loadNetwork, loadValidation } from './on-demand.js';
import { CONTENT_SCHEMA_MAJOR } from './schema/version.js';

export type { ContentOptions, ContentState } from './state.js';

let defaults: Partial<ContentOptions> = {};
let sharedCache: ContentCache | undefined;
const stores = new Map<string, ContentStore>();

/**
 * Sets the options of stores created from now on (tests use short timeouts); an option given as
 * `undefined` goes back to its default. Returns the previous settings so they can be restored.
 */
export function configureContent(options: { [K in keyof ContentOptions]?: ContentOptions[K] | undefined }): Partial<ContentOptions> {
  const previous = defaults;
  const merged = Object.entries({ ...defaults, ...options }).filter(([, value]) => value !== undefined);
  defaults = Object.fromEntries(merged);
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

export class ContentStore {
  /** The content base, an absolute URL ending in `/`. */
  readonly base: string;
  readonly options: ContentOptions;
  private readonly entries = new Map<string, DatasetEntry>();
  private readonly manifest: ManifestReader;

  constructor(base: string, options: Partial<ContentOptions> = {}) {
    this.base = base;
    const merged = { ...DEFAULTS, ...defaults, ...options };
    this.options = { ...merged, cache: merged.cache === undefined ? (sharedCache ??= new ContentCache()) : merged.cache };
    this.manifest = new ManifestReader(this.manifestUrl, this.options);
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
  subscribe(definition: DatasetSource, listener: () => void): () => void {
    const entry = this.entry(definition);
    entry.listeners.add(listener);
    // A dataset whose retries stopped when nobody listened any more starts again for a new listener.
    if (!entry.running && (entry.state === INITIAL_CONTENT_STATE || entry.state.error || entry.state.dropped.length > 0)) void this.run(entry);
    // An element that arrives while the dataset has nothing to show after a failure (a section of the page
    // opened later, a page of a single-page app) asks again now, as "Try again" would, not at the next slow retry.
    else if (entry.state.status === 'error') entry.wake?.();
    return () => entry.listeners.delete(listener);
  }

  /**
   * Resolves once the dataset's device copy was looked for (found or not; at once without a device cache):
   * until then the main thread should stay free, as the first attempt's requests leave right after.
   */
  lookedForDeviceCopy(definition: DatasetSource): Promise<void> {
    return this.entry(definition).looked;
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
    if (entry.state.status === 'error') entry.set({ status: 'loading', slow: false, refreshing: true });
    else entry.set({ refreshing: true });
    if (entry.running) {
      entry.restart = true;
      entry.wake?.();
    } else {
      void this.run(entry);
    }
  }

  private entry(source: DatasetSource): DatasetEntry {
    let entry = this.entries.get(source.name);
    if (!entry) {
      entry = new DatasetEntry(source);
      this.entries.set(source.name, entry);
    }
    return entry;
  }

  private async run(entry: DatasetEntry): Promise<void> {
    entry.running = true;
    const name = entry.source.name;
    const { cache } = this.options;
    // The manifest's request starts while the device copy is read: the first attempt then has it sooner.
    let early: Promise<unknown> | undefined;
    try {
      if (entry.state.data === undefined && entry.cached === undefined && cache) {
        entry.set({ refreshing: true });
        early = this.manifest.json(name);
        early.catch(() => undefined);
        const cached = await this.readCache(entry);
        if (cached) {
          // The copy was read and parsed in this task: what shows it (the elements' first render) gets a
          // task of its own, so that the two never make one task long enough to hold up a tap.
          await yieldToMain();
          entry.cached = cached;
          entry.sha256 = cached.sha256;
          entry.set({
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
      entry.lookedUp();
      // Nothing to show yet: the content will have to be checked, so its code (the checks and the dataset's
      // schema, two chunks) loads beside the requests.
      if (entry.state.data === undefined) this.checks(entry, this.manifestUrl).catch(() => undefined);
      for (let attempt = 0; ;) {
        entry.restart = false;
        const slow =
          entry.state.status === 'loading'
            ? setTimeout(() => {
                if (entry.state.status === 'loading') entry.set({ slow: true });
              }, this.options.slowMs)
            : undefined;
        entry.set({ refreshing: true });
        let failure: ContentError | undefined;
        let settled: Partial<ContentState> = {};
        try {
          settled = await this.refresh(entry, early);
        } catch (cause) {
          failure =
            cause instanceof ContentError
              ? cause
              : new ContentError('network', `${name}: ${String(cause)}`, { dataset: name, url: this.manifestUrl, cause });
        } finally {
          clearTimeout(slow);
          early = undefined;
        }
        if (!failure) {
          entry.set({ ...settled, stale: false, error: undefined, slow: false, refreshing: false, progress: undefined });
          // Records were left out: the publisher may fix them. The manifest is read again now and then,
          // as after a failure, until a publication shows whole (or nobody shows the dataset).
          if (entry.state.dropped.length === 0 || (await entry.pause(this.options, this.manifestUrl, false, 0)) === 'stop') return;
          this.manifest.forget();
          attempt = 0;
          continue;
        }
        // The next attempt reads the manifest again, from the host: a fix is often a new manifest.
        this.manifest.forget();
        entry.failed(failure, this.manifestUrl);
        if (entry.restart) {
          attempt = 0;
          continue;
        }
        const quick = failure.retryable && attempt < this.options.retries;
        const end = await entry.pause(this.options, this.manifestUrl, quick, attempt);
        if (end === 'stop') return;
        // Woken (online again, the page shows again, the reader asked): a new round of quick retries.
        attempt = quick && end === 'timer' && !entry.restart ? attempt + 1 : 0;
      }
    } finally {
      entry.running = false;
      entry.wake = undefined;
    }
  }

  /** The checking code and the dataset's definition, loaded together (each once: see `definition`). */
  private checks(entry: DatasetEntry, url: string) {
    return Promise.all([loadValidation(entry.source.name, url), this.definition(entry)]);
  }

  /** The dataset's definition, loaded once per entry (again after a failed load). */
  private definition(entry: DatasetEntry): Promise<DatasetDefinition> {
    entry.definition ??= definitionOf(entry.source).catch((cause: unknown) => {
      entry.definition = undefined;
      const name = entry.source.name;
      throw new ContentError('code', `${name}: could not load the schema of "${name}" (${String(cause)})`, {
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
  private async readCache(entry: DatasetEntry): Promise<CachedDataset | undefined> {
    const name = entry.source.name;
    const cached = await this.options.cache?.read(this.base, CONTENT_SCHEMA_MAJOR, name);
    if (!cached || cached.library === VERSION) return cached;
    try {
      const [{ validateDatasetSteps, droppedProblems }, definition] = await this.checks(entry, this.manifestUrl);
      const result = await runStepsInSlices(validateDatasetSteps(definition, { dataset: name, updated: cached.updated, ...(cached.data as object) }));
      if (!result.ok) return undefined;
      return { ...cached, data: result.data, dropped: [...cached.dropped, ...droppedProblems(result.dropped)], library: VERSION };
    } catch {
      return undefined;
    }
  }

  /**
   * One attempt: the manifest, then the dataset file unless the copy shown is the one it names. Resolves
   * with what the attempt's end sets beside its own fields: the elements then render once for both.
   */
  private async refresh(entry: DatasetEntry, manifestRequest: Promise<unknown> | undefined): Promise<Partial<ContentState>> {
    const name = entry.source.name;
    const manifestJson = await (manifestRequest ?? this.manifest.json(name));
    const listed = await this.manifest.listing(manifestJson, name);
    const url = `${this.base}v${CONTENT_SCHEMA_MAJOR}/${listed.file}`;
    const example = listed.status === 'example';
    if (entry.sha256 === listed.sha256 && entry.state.data !== undefined) {
      return { example, url, schemaVersion: listed.schemaVersion };
    }
    // Something changed: the manifest is checked whole, and the schema loads, beside the file's request.
    const manifest = this.manifest.checked(manifestJson, name);
    const checks = this.checks(entry, url);
    checks.catch(() => undefined);
    const first = entry.state.data === undefined;
    let shown = 0;
    const { fetchJson } = await loadNetwork(name, url);
    // On a first visit the loader (src/loader.ts) may have asked for the file already: its answer is read.
    const early = takeEarly('files', url);
    const json = await fetchJson(url, {
      dataset: name,
      timeoutMs: this.options.timeoutMs,
      idleTimeoutMs: this.options.idleTimeoutMs,
      sha256: listed.sha256,
      ...(entry.fileCache ? { cache: entry.fileCache } : early ? { response: early } : {}),
      ...(listed.bytes === undefined ? {} : { bytes: listed.bytes }),
      // Progress on a first download only (with data on screen, the refresh stays in the background),
      // a few times a second at most: every change renders the elements that show the dataset.
      onProgress: (progress) => {
        const now = performance.now();
        if (!first || entry.state.data !== undefined || (now - shown < 250 && progress.received !== progress.total)) return;
        shown = now;
        entry.set({ progress });
      },
    });
    entry.fileCache = undefined;
    await manifest;
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
    entry.set({
      data,
      updated: result.updated,
      schemaVersion: listed.schemaVersion,
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
    // The content shows first; the device copy is written after that frame.
    await afterNextPaint();
    await this.options.cache?.write(this.base, CONTENT_SCHEMA_MAJOR, {
      library: VERSION,
      dataset: name,
      sha256: listed.sha256,
      updated: result.updated,
      schemaVersion: listed.schemaVersion,
      status: listed.status,
      dropped,
      data,
    });
    return {};
  }
}
