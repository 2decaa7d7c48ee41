/**
 * The one way elements get content. A reactive controller that finds the element's content base,
 * subscribes to that base's shared store for one dataset, re-renders the element on every change, and
 * fires `fl-content-load` / `fl-content-error` on the element.
 *
 * ```ts
 * import { walkinsDataset } from '../../content/dataset-refs.js';
 *
 * class FlWalkinSchedule extends FlElement {
 *   @property({ attribute: 'content-base' }) contentBase?: string;
 *   private content = new ContentController(this, walkinsDataset);
 *   render() {
 *     const { data } = this.content;
 *     return html`${contentStatus(this.content)}${data ? this.renderOffices(data.offices) : nothing}`;
 *   }
 * }
 * ```
 *
 * The element passes a reference to its dataset from ./dataset-refs.js: its entry file then holds no
 * schema and no zod, which load on demand, only to validate content from the network. A definition
 * (`walkinsDataset` from ./schema/walkins.js) works the same, with the schema in the element's bundle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FlContentErrorEvent, FlContentLoadEvent } from '../events.js';
import { warmUpOffThread } from '../i18n/off-thread.js';
import { ALL_FORMATTING, warmUpNow, warmUpWhenIdle, type Formatting } from '../i18n/warm-up.js';
import { VERSION } from '../version.js';
import { ContentCache } from './cache.js';
import { resolveContentBase, warnAboutExampleContent } from './content-base.js';
import { ContentError } from './errors.js';
import type { ContentProblem } from './problems.js';
import type { DatasetData, DatasetDefinition, DatasetSource } from './schema/dataset.js';
import { CONTENT_SCHEMA_MAJOR } from './schema/version.js';
import { INITIAL_CONTENT_STATE, type ContentState } from './state.js';
import { contentStore, type ContentStore } from './store.js';

/** Bytes derived from the data shown (a search index), kept on the device beside its content copy. */
export interface DerivedStore {
  /** The bytes kept for exactly the data shown now (same file, same library version), or undefined. */
  read(): Promise<ArrayBuffer | undefined>;
  /** Keeps the bytes, replacing those of an older publication. Never rejects for a full or missing store. */
  write(parts: BlobPart[]): Promise<unknown>;
}

/** An element that uses content: a Lit host, optionally with a `contentBase` property (attribute `content-base`). */
export type ContentHost = ReactiveControllerHost & HTMLElement & { contentBase?: string | null; readonly locale?: string };

/** Options of a {@link ContentController}. */
export interface ContentControllerOptions {
  /**
   * What the element's first screen of content formats (src/i18n/warm-up.ts): made before the content
   * shows, while it is on its way. Default: every kind.
   */
  formatting?: readonly Formatting[];
}

export class ContentController<Def extends DatasetDefinition = DatasetDefinition> implements ReactiveController {
  private readonly host: ContentHost;
  /** The dataset this controller loads: its definition, or a reference that loads it. */
  readonly definition: DatasetSource<Def>;
  private readonly formatting: readonly Formatting[];
  private store: ContentStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private attribute: string | null | undefined = undefined;
  private configError: ContentError | undefined;
  private seenData: unknown;
  private seenError: ContentError | undefined;
  private connected = false;
  /**
   * The first content, or a first download's progress, waited for formatting's warm-up (src/i18n/warm-up.ts),
   * or waits now (`warming`).
   */
  private waited = false;
  private warming = false;
  /** The state shown while content (or progress) waits for the warm-up: the store's, without either. */
  private held: { from: ContentState; state: ContentState<DatasetData<Def>> } | undefined;

  constructor(host: ContentHost, definition: DatasetSource<Def>, options: ContentControllerOptions = {}) {
    this.host = host;
    this.definition = definition;
    this.formatting = options.formatting ?? ALL_FORMATTING;
    host.addController(this);
  }

  /** Everything at once, for passing around (for example to `contentStatus()`). */
  get state(): ContentState<DatasetData<Def>> {
    if (this.configError) {
      return { ...this.storeState(), status: 'error', error: this.configError, refreshing: false };
    }
    const state = this.storeState();
    if (!this.warming || (state.data === undefined && state.progress === undefined)) return state;
    // Content, or a first download's progress (its size is formatted), waits for formatting's warm-up:
    // until it is over, the element shows it is loading.
    if (this.held?.from !== state) this.held = { from: state, state: { ...state, data: undefined, progress: undefined, status: 'loading' } };
    return this.held.state;
  }

  /** `loading` (nothing to show yet), `ready` (data to show), `error` (nothing to show: loading failed). */
  get status(): ContentState['status'] {
    return this.state.status;
  }
  /** The validated dataset (top fields and valid records), or `undefined` before it arrives. */
  get data(): DatasetData<Def> | undefined {
    return this.state.data;
  }
  /** The data shows but could not be refreshed: say it may be out of date, with `updated`. */
  get stale(): boolean {
    return this.state.stale;
  }
  /** The `updated` date (`YYYY-MM-DD`) of the data shown. */
  get updated(): string | undefined {
    return this.state.updated;
  }
  /** The content is example content (manifest `status: "example"`): say so on screen. */
  get example(): boolean {
    return this.state.example;
  }
  /** Still nothing to show after the slow threshold (3 s by default): say the connection is slow. */
  get slow(): boolean {
    return this.state.slow;
  }
  /** How much of a first download has come, while it arrives. */
  get progress(): ContentState['progress'] {
    return this.state.progress;
  }
  /** A request is on its way (in the background when data shows). */
  get refreshing(): boolean {
    return this.state.refreshing;
  }
  /** `cache` or `network`: where the data shown came from. */
  get source(): ContentState['source'] {
    return this.state.source;
  }
  /** Why there is nothing to show (status `error`), or why the data is stale. */
  get error(): ContentError | undefined {
    return this.state.error;
  }
  /** Problems of the records left out (each with the record's id and JSON path). */
  get dropped(): readonly ContentProblem[] {
    return this.state.dropped;
  }
  /** The SHA-256 of the published file the data comes from. */
  get sha256(): string | undefined {
    return this.state.sha256;
  }
  /** The resolved content base (an absolute URL ending in `/`), once connected. */
  get base(): string | undefined {
    return this.store?.base;
  }

  /**
   * Where an element keeps bytes it derives from the data shown (`kind`: `search-index`), so the next
   * visit reads them instead of computing them again. Keyed by the published file's SHA-256 and the library
   * version, so nothing derived from another copy is ever read. Undefined while the source file is unknown
   * or when records were left out. The one way elements reach the device's storage.
   */
  derived(kind: string): DerivedStore | undefined {
    const { base, sha256, dropped } = this;
    if (!base || !sha256 || dropped.length > 0) return undefined;
    const cache = new ContentCache();
    const args = [base, CONTENT_SCHEMA_MAJOR, this.definition.name, kind, `${sha256}:${VERSION}`] as const;
    return { read: () => cache.readDerived(...args), write: (parts) => cache.writeDerived(...args, parts) };
  }

  /** Tries again now (the error state's retry button calls this). */
  retry = (): void => {
    if (this.configError) {
      this.attribute = undefined;
      this.sync();
      return;
    }
    this.store?.retry(this.definition);
  };

  hostConnected(): void {
    this.connected = true;
    this.attribute = undefined;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** The host's language (FlElement's `locale`), for formatting's warm-up. */
  private get locale(): string {
    return this.host.locale ?? 'en';
  }

  private storeState(): ContentState<DatasetData<Def>> {
    return this.store?.state(this.definition) ?? INITIAL_CONTENT_STATE;
  }

  /** Follows the content base: (re)subscribes when the attribute or property changed. */
  private sync(): void {
    if (!this.connected) return;
    const attribute = this.host.contentBase ?? this.host.getAttribute('content-base');
    if (attribute === this.attribute && (this.unsubscribe || this.configError)) return;
    this.attribute = attribute;
    let base: string;
    try {
      base = resolveContentBase(attribute, this.host.ownerDocument);
      this.configError = undefined;
      warnAboutExampleContent(this.host.localName, attribute, this.host.ownerDocument);
    } catch (error) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.store = undefined;
      this.configError = error instanceof ContentError ? error : undefined;
      this.later(() => this.changed());
      return;
    }
    if (this.store?.base === base && this.unsubscribe) return;
    this.unsubscribe?.();
    if (this.store?.base !== base) {
      this.seenData = undefined;
      this.seenError = undefined;
    }
    this.store = contentStore(base);
    this.unsubscribe = this.store.subscribe(this.definition, () => this.changed());
    // Formatting is paid for while the content is on its way (src/i18n/warm-up.ts), not once it shows: ICU's
    // data loaded by a worker at once (src/i18n/off-thread.ts), then the formatters made on the main thread,
    // not before the first attempt's requests have left (they wait for the device copy's lookup).
    void warmUpOffThread(this.locale);
    void this.store.lookedForDeviceCopy(this.definition).then(() => warmUpWhenIdle(this.locale, this.formatting));
    // Content the store has already (another element loaded it) waits for the warm-up too.
    this.waitForWarmUp();
    // A store that already has content (another element loaded it) still owes this element its events.
    this.later(() => this.changed());
  }

  /**
   * Content came before formatting was warmed up (a device copy, or another element's), or a first
   * download's progress did (on a busy slow phone the idle warm-up may not have run; the progress formats
   * sizes, which would pay Intl's first cost in one long task): the warm-up first, a piece per task, then the
   * first render of it and its events, whatever changes meanwhile (until then `state` has neither data nor
   * progress). True while it waits.
   */
  private waitForWarmUp(): boolean {
    if (this.warming) return true;
    const { data, progress } = this.storeState();
    if (this.waited || this.seenData !== undefined || (data === undefined && progress === undefined)) return false;
    this.waited = true;
    // A first download's progress formats its size.
    const pause = warmUpNow(this.locale, data === undefined ? [...this.formatting, 'number'] : this.formatting);
    if (!pause) return false;
    this.warming = true;
    void pause.then(() => {
      this.warming = false;
      this.held = undefined;
      // A disconnected element hears nothing; connected again, it is told then (sync).
      if (this.connected) this.changed();
    });
    return true;
  }

  private later(f: () => void): void {
    queueMicrotask(f);
  }

  private changed(): void {
    if (this.storeState().progress !== undefined && this.waitForWarmUp()) return;
    const state = this.state;
    const name = this.definition.name;
    if (state.data !== undefined && state.data !== this.seenData) {
      if (this.waitForWarmUp()) return;
      this.seenData = state.data;
      this.host.dispatchEvent(
        new FlContentLoadEvent(name, state.schemaVersion ?? '', state.source ?? 'network', state.updated ?? '', state.url ?? ''),
      );
      if (state.dropped.length > 0) {
        this.host.dispatchEvent(
          new FlContentErrorEvent(
            name,
            state.url ?? '',
            'invalid-records',
            state.dropped,
            `${name}: ${new Set(state.dropped.map((problem) => problem.path.replace(/^(\$\.[^[.]+\[\d+\]).*$/, '$1'))).size} invalid record(s) left out`,
          ),
        );
      }
    }
    if (state.error && state.error !== this.seenError) {
      this.seenError = state.error;
      const error = state.error;
      this.host.dispatchEvent(new FlContentErrorEvent(name, error.url, error.reason, error.problems, error.message));
    }
    this.host.requestUpdate();
  }
}
