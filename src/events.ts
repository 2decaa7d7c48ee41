/**
 * Events the elements fire, as classes with typed fields. All bubble and cross shadow roots (`composed`),
 * so a host page can listen on the element or on `document`.
 */
import type { ContentErrorReason } from './content/errors.js';
import type { ContentProblem } from './content/problems.js';
import type { Locale } from './i18n/localize.js';

/** Where loaded content came from: the reader's device copy, or the content host. */
export type ContentSource = 'cache' | 'network';

/** Fired when an element has content to show: from the device copy, then again when a newer copy arrives. */
export class FlContentLoadEvent extends Event {
  static readonly eventName = 'fl-content-load';
  constructor(
    /** The dataset (`walkins`). */
    readonly dataset: string,
    /** The manifest's `schemaVersion` of the content shown. */
    readonly schemaVersion: string,
    /** `cache` (the reader's device) or `network` (the content host). */
    readonly source: ContentSource,
    /** The dataset's `updated` date, `YYYY-MM-DD`. */
    readonly updated: string,
    /** The dataset file's URL. */
    readonly url: string,
  ) {
    super(FlContentLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when content could not be loaded or refreshed (`reason` as in ContentError), and with reason
 * `invalid-records` when records were left out of a dataset that otherwise loaded (`problems` lists them).
 */
export class FlContentErrorEvent extends Event {
  static readonly eventName = 'fl-content-error';
  constructor(
    /** The dataset (`walkins`). */
    readonly dataset: string,
    /** The URL that failed, or the dataset file with invalid records. */
    readonly url: string,
    /** Why. */
    readonly reason: ContentErrorReason | 'invalid-records',
    /** The problems found, each with its JSON path (and record id when there is one). */
    readonly problems: readonly ContentProblem[],
    /** A message for developers (English). */
    readonly message: string,
  ) {
    super(FlContentErrorEvent.eventName, { bubbles: true, composed: true });
  }

  /** The JSON paths of the problems (`$.offices[3].address.postcode`). */
  get paths(): string[] {
    return this.problems.map((problem) => problem.path);
  }
}

/**
 * Fired (bubbling, composed) from a language picker when the reader picks a language. The host page may
 * listen to switch its own language too. Every widget on the page has already switched.
 */
export class FlLanguageChangeEvent extends Event {
  static readonly eventName = 'fl-language-change' as const;
  constructor(
    /** The language picked (`ar`). */
    readonly locale: Locale,
  ) {
    super(FlLanguageChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader opened a procedure in `<fl-procedure-explainer>` (from the orientation's result or the list). For the host's own use: the element sends nothing anywhere. */
export class FlProcedureOpenEvent extends Event {
  static readonly eventName = 'fl-procedure-open' as const;
  constructor(
    /** The procedure's id. */
    readonly procedure: string,
  ) {
    super(FlProcedureOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader reached the result of the orientation of `<fl-procedure-explainer>`. Nothing is sent anywhere. */
export class FlOrientationFinishEvent extends Event {
  static readonly eventName = 'fl-orientation-finish' as const;
  constructor(
    /** The ids of the procedures the answers lead to, in order. */
    readonly procedures: readonly string[],
    /** The service categories where a counsellor can help. */
    readonly categories: readonly string[],
  ) {
    super(FlOrientationFinishEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-procedure-open': FlProcedureOpenEvent;
    'fl-orientation-finish': FlOrientationFinishEvent;
    'fl-language-change': FlLanguageChangeEvent;
    'fl-content-load': FlContentLoadEvent;
    'fl-content-error': FlContentErrorEvent;
  }
}
