import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { DerivedStore } from '../../content/controller.js';
import type { Service } from '../../content/schema/services.js';
import { differsFromBelgianTime } from '../../i18n/format.js';
import { finderIndex, type FinderIndex, type ServicesData } from '../../logic/finder-index.js';
import { finderRequest, withKnownCategories, withKnownLanguages, type FinderRequest, type FinderState } from '../../logic/finder.js';
import type { LatLon } from '../../logic/geo.js';
import { searchServices, type SearchResult } from '../../logic/search.js';
import type { ReaderPhrases } from '../../logic/search-phrases.js';
import { answerOpenNow, openNowFilter } from '../../logic/service-hours.js';
import { runStepsInSlices, yieldToMain } from '../../internal/steps.js';

type ReaderWordsModule = typeof import('../../logic/reader-words.js');
/** The shipped reader words and their compiler, loaded once the reader types (a chunk of their own: no cost before). */
let readerWordsModule: ReaderWordsModule | Promise<ReaderWordsModule | undefined> | undefined;
function loadReaderWords(): Promise<ReaderWordsModule | undefined> {
  readerWordsModule ??= import('../../logic/reader-words.js').then(
    (module) => (readerWordsModule = module),
    () => (readerWordsModule = undefined),
  );
  return Promise.resolve(readerWordsModule);
}

/** One search's answer, as the render pieces show it. */
export interface FinderView {
  key: string;
  index: FinderIndex;
  request: FinderRequest;
  result: SearchResult;
  /** The reader's clock shows another time than Belgian clocks. */
  otherZone: boolean;
}

/** What a search depends on beside the reader's choices. */
export interface SearchInput {
  now: Date;
  locale: string;
  limit: number;
  device: LatLon | undefined;
}

/**
 * The finder's search, apart from its rendering: the index of the data shown (a @lit/task Task: built at
 * once for a small dataset, in slices or read from the device for a large one; the same object for every
 * finder on the page that shows the same data), "open now" answered for every service in slices after
 * each new minute, and the answer to the reader's choices, computed again only when something it depends
 * on changed.
 */
export class FinderSearch implements ReactiveController {
  private readonly task: Task<readonly [ServicesData | undefined], FinderIndex | undefined>;
  private openNow: { minute: number; test: (service: Service) => boolean } | undefined;
  private answering: AbortController | undefined;
  private zone: { minute: number; differs: boolean } | undefined;
  private last: FinderView | undefined;
  private readonly warned = new Set<string>();
  private words: { index: FinderIndex; table: ReaderPhrases } | undefined;
  private checked: FinderState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly data: () => ServicesData | undefined,
    /** Where a large dataset's index is kept between visits (the content controller's `derived`). */
    keeper: () => DerivedStore | undefined,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [data()] as const,
      // The content's first render (the form, cards held in place), the index and the results each get a
      // task of their own: none is then long enough to hold up a reader's tap (bench/README.md).
      task: async ([services]) => {
        if (!services) return undefined;
        await yieldToMain();
        const index = await finderIndex(services, { keeper: keeper() });
        await yieldToMain();
        return index;
      },
      onError: (error: unknown) => console.warn('frontline-widgets: the services could not be indexed.', error),
    });
  }

  /** The index of the data shown now (undefined while it is built, and before the content arrives). */
  get index(): FinderIndex | undefined {
    return this.task.value;
  }

  /** The last answer computed. */
  get view(): FinderView | undefined {
    return this.last;
  }

  /** `choices` without the categories and languages the content does not know (a host's mistyped pre-filter). */
  known(choices: FinderState): FinderState {
    const index = this.index;
    return index
      ? withKnownLanguages(
          withKnownCategories(choices, (id) => index.categoryById.has(id)),
          index.languages,
        )
      : choices;
  }

  /** The answer to `choices`; undefined until the index is ready. */
  compute(choices: FinderState, input: SearchInput): FinderView | undefined {
    const index = this.index;
    if (!index) return (this.last = undefined);
    const { now, locale, limit, device } = input;
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.openNow?.minute !== minute) {
      this.openNow = { minute, test: openNowFilter(now) };
      this.answerOpenNowSoon(index, this.openNow.test);
    }
    const readerWords = this.readerWords(index, choices.query);
    const key = JSON.stringify([choices, device, minute, locale, limit, readerWords !== undefined]);
    if (this.last?.key === key && this.last.index === index) return this.last;
    const request = finderRequest(this.known(choices), {
      ...(index.places ? { places: index.places } : {}),
      ...(device ? { device } : {}),
      openNow: this.openNow.test,
      locale,
      limit,
    });
    if (readerWords) request.request.readerWords = readerWords;
    if (this.zone?.minute !== minute) this.zone = { minute, differs: differsFromBelgianTime(now) };
    this.last = { key, index, request, result: searchServices(index.search, request.request), otherZone: this.zone.differs };
    return this.last;
  }

  /**
   * The reader phrases of this index once the defaults are loaded (the load starts at the first word the
   * reader types, and the host renders again when they arrive); undefined before.
   */
  private readerWords(index: FinderIndex, query: string): ReaderPhrases | undefined {
    const module = readerWordsModule;
    if (module === undefined || module instanceof Promise) {
      if (query.trim() !== '') void loadReaderWords().then(() => this.host.requestUpdate());
      return undefined;
    }
    if (this.words?.index !== index) {
      this.words = {
        index,
        table: module.compileReaderWords(module.DEFAULT_READER_WORDS, this.data()?.readerWords, (id) => index.categoryById.has(id)),
      };
    }
    return this.words.table.phrases.length > 0 ? this.words.table : undefined;
  }

  /** Tells the host's developers, once each, about a pre-filter that matches nothing in the content. */
  warnAboutPrefilters(defaults: FinderState): void {
    const index = this.index;
    if (!index || defaults === this.checked || (!defaults.categories.length && !defaults.languages.length && !defaults.place)) return;
    this.checked = defaults;
    // The words for the developers load only when there are pre-filters to check.
    void import('../../logic/finder-prefilters.js').then(({ prefilterProblems }) => {
      for (const problem of prefilterProblems(defaults, index.categoryById, index.places, index.languages)) {
        if (this.warned.has(problem)) continue;
        this.warned.add(problem);
        console.warn(`<fl-service-finder>: ${problem}; that pre-filter is ignored.`);
      }
    });
  }

  hostDisconnected(): void {
    this.answering?.abort();
    // A reconnected finder answers "open now" again.
    this.openNow = undefined;
  }

  /** After this render, in slices: every service's "open now" answer for this minute, ready for the reader's tick. */
  private answerOpenNowSoon(index: FinderIndex, openNow: (service: Service) => boolean): void {
    this.answering?.abort();
    const answering = new AbortController();
    this.answering = answering;
    void yieldToMain()
      .then(() => runStepsInSlices(answerOpenNow(index.search.services, openNow), { signal: answering.signal }))
      .catch(() => undefined);
  }
}
