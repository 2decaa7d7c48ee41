import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MinuteClock } from '../controllers/minute-clock.js';
import { languagePicker } from '../parts/language-picker.js';
import { FlElement } from './fl-element.js';
import type { RenderContext } from './render-context.js';

/** `now="2026-11-25T10:00:00+01:00"`: an ISO 8601 date-time; an invalid one is ignored (the real time shows). */
const dateConverter = {
  fromAttribute: (value: string | null) => (value ? new Date(value) : undefined),
  toAttribute: (value: Date | undefined) => (value ? value.toISOString() : null),
};

/**
 * The base of every widget (`<fl-walkin-schedule>`, `<fl-service-finder>`, ...): the language handling of
 * `FlElement`, plus what every widget takes from its host (`content-base`, `heading-level`,
 * `language-picker`, `now`), the clock (a re-render at each minute boundary while connected, unless a
 * fixed `now` is shown), the render context its render pieces share, and one way to act after a render
 * (`afterRender`, for moving focus). The skeleton of a widget is written down in ARCHITECTURE.md.
 *
 * @fires fl-language-change - The reader picked a language in the language picker (`event.locale`).
 * @csspart language-picker - The language picker, shown with the `language-picker` attribute.
 * @csspart language-select - The picker's list of languages.
 * @csspart loading - The box that keeps room while the content loads (`--fl-content-min-block-size`).
 * @csspart slow-notice - "This is taking longer than usual" while the content loads.
 * @csspart error - The content could not be loaded: the message, the retry button and the host's fallback.
 * @csspart retry - The "Try again" button.
 * @csspart piece-error - In place of a piece loaded when a reader asks (a week view, a service's details): it could not be loaded.
 * @csspart stale-notice - The content shown could not be updated: how old it is.
 * @csspart example-notice - The content is example content, not real information.
 * @csspart fallback-note - "This text is not available in your language; here it is in ...".
 */
export class FlWidget extends FlElement {
  /** Where the content is published (a URL ending in `/`); default: the page's meta tag, then the library's example content. */
  @property({ attribute: 'content-base' }) contentBase?: string;

  /**
   * Level (1 to 6) of the widget's main heading, so the widget fits the host page's outline;
   * sub-headings use the next level.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows a compact language picker; the language the reader picks applies to every widget on the page. */
  @property({ type: Boolean, attribute: 'language-picker' }) languagePicker = false;

  /** The time to show the widget at (for tests, stories and previews; attribute: an ISO 8601 date-time). Default: the real time, updated every minute. */
  @property({ converter: dateConverter }) now?: Date;

  /** Re-renders at each minute boundary while connected, unless a fixed `now` is shown. */
  protected readonly clock = new MinuteClock(this, () => this.fixedNow() === undefined);
  private _afterRender: (() => void)[] = [];

  /** `now` when it is a valid date, else undefined (the real time shows). */
  protected fixedNow(): Date | undefined {
    return this.now instanceof Date && Number.isFinite(this.now.getTime()) ? this.now : undefined;
  }

  /** The time to render at: `now` when valid, else the real time. */
  protected clockNow(): Date {
    return this.fixedNow() ?? new Date();
  }

  /** The heading level clamped to 1..6, plus `offset` (0 for the main heading, 1 for sub-headings). */
  protected level(offset = 0): number {
    const base = Number.isFinite(this.headingLevel) ? Math.round(this.headingLevel) : 2;
    return Math.min(6, Math.max(1, base + offset));
  }

  /** The compact language picker when the `language-picker` attribute is set; nothing otherwise. */
  protected renderLanguagePicker(): TemplateResult | typeof nothing {
    return this.languagePicker ? languagePicker(this.locale) : nothing;
  }

  /** What every render piece gets for this render; an element spreads it into its own view type. */
  protected renderContext(now: Date = this.clockNow()): RenderContext {
    return {
      locale: this.locale,
      now,
      level: (offset = 0) => this.level(offset),
      pick: (record, local) => this.pickText(record, local),
    };
  }

  /**
   * Runs `fn` once, right after the next render is in the DOM (outside the update: it may move focus or
   * announce, which can ask for another render). The one way an element moves focus after a change.
   */
  protected afterRender(fn: () => void): void {
    this._afterRender.push(fn);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const pending = this._afterRender;
    if (pending.length === 0) return;
    this._afterRender = [];
    queueMicrotask(() => {
      for (const fn of pending) fn();
    });
  }
}
