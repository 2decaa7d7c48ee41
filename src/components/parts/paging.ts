import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { moveFocus } from './focus.js';

interface PagingHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/**
 * A long list a page at a time, so that thousands of records never render at once (on a cheap phone
 * that takes seconds): `page(list)` is what shows, `button()` adds a page, and focus then goes to the
 * first new record's title, so that keyboard and screen reader users read on from there. `reset()` goes
 * back to the first page when the list changes (other filters, another place or country).
 */
export class Paging implements ReactiveController {
  private pages = 1;
  /** The index of the record whose title takes focus after the next render. */
  private focusAt: number | undefined;

  constructor(
    private readonly host: PagingHost,
    /** Records per page, or how to know it (from an attribute). */
    private readonly perPage: number | (() => number),
    /** How to find, in the render root, the records in their order and a record's title. */
    private readonly selectors: { record: string; title: string },
  ) {
    host.addController(this);
  }

  /** Records per page. */
  get size(): number {
    return typeof this.perPage === 'number' ? this.perPage : this.perPage();
  }

  /** How many records show at most. */
  get limit(): number {
    return this.pages * this.size;
  }

  /** The records of `list` that show. */
  page<T>(list: readonly T[]): readonly T[] {
    return list.length > this.limit ? list.slice(0, this.limit) : list;
  }

  /** Back to the first page. */
  reset(): void {
    this.pages = 1;
    this.focusAt = undefined;
  }

  /**
   * The "Show more" button when `total` records are more than show; `label` gets how many more there are.
   * A host with a button of its own calls more().
   */
  button(total: number, label: (remaining: number) => string): TemplateResult | typeof nothing {
    if (total <= this.limit) return nothing;
    return html`<p class="more">
      <button type="button" class="fl-button" part="more" @click=${this.more}>${label(total - this.limit)}</button>
    </p>`;
  }

  /** One page more; focus goes to the first new record's title after the render. */
  more = (): void => {
    this.focusAt = this.limit;
    this.pages += 1;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const index = this.focusAt;
    if (index === undefined) return;
    const title = this.host.renderRoot.querySelectorAll(this.selectors.record)[index]?.querySelector<HTMLElement>(this.selectors.title);
    // Not rendered yet (records rendered a few per task, ../controllers/batches.ts): a later render moves focus.
    if (!title) return;
    this.focusAt = undefined;
    // After the update, not during it: focusing can ask for another render.
    queueMicrotask(() => moveFocus(title));
  }
}
