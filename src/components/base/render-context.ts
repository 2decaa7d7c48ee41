import type { PickedText } from '../../i18n/content-text.js';
import type { Locale } from '../../i18n/localize.js';

/** Localized content text as it comes in the content: `{ nl, fr, en, ... }`. */
type TextRecord = Readonly<Record<string, string>>;

/**
 * What every render piece of an element gets from its element for one render: the interface language,
 * the clock, the heading levels and the content-text picker. An element's own view type extends it with
 * what only its pieces need (the walk-in schedule's `WalkinView`, the finder's `CardContext`). Render
 * pieces are plain functions of their view; they never reach into the element.
 */
export interface RenderContext {
  /** The interface language (`msg()` already answers in it during render). */
  readonly locale: Locale;
  /** The clock of this render: the `now` attribute when given, else the real time. */
  readonly now: Date;
  /** The heading level of the widget's main heading plus `offset` (0 main, 1 its sub-headings), clamped to 1..6. */
  level(offset?: number): number;
  /**
   * Content text for this reader (see `FlElement.pickText`); `local` are the languages of the place the
   * record is about (a municipality's), tried after the reader's own.
   */
  pick: (record: TextRecord | null | undefined, local?: readonly string[]) => PickedText | undefined;
}
