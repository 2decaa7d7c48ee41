import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one element's state reads from and writes to the page address: pure functions (see ../../logic/). */
export interface UrlStateCodec<S> {
  /** The state `search` (`location.search`) describes, starting from `defaults` (the host's attributes). */
  read(search: string, defaults: S): S;
  /** `href` with the element's own keys set to what differs from `defaults`; every other part kept. */
  write(href: string, state: S, defaults: S): string;
}

/**
 * Keeps an element's state in the page address, so a list or a path can be shared and survives a reload:
 * read once when the element starts, written with `history.replaceState` a little after each change (not
 * on every key press), and at once when the element leaves the page. Nothing else of the URL changes.
 * Writes nothing unless `enabled()` (the host's `sync-url`-like attribute), and nothing outside a browser.
 *
 * ```ts
 * private readonly url = new UrlStateController(this, { read: stateFromUrl, write: urlWithState }, () => this.syncUrl);
 * // first render: this.choices = this.url.initial(defaults);  after a change: this.url.save(this.choices, defaults);
 * ```
 */
export class UrlStateController<S> implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: { state: S; defaults: S } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly codec: UrlStateCodec<S>,
    private readonly enabled: () => boolean,
    /** Wait after the last change before the address is written. */
    private readonly delay = 250,
  ) {
    host.addController(this);
  }

  /** The starting state: `defaults` as the address changes them when enabled, else `defaults`. */
  initial(defaults: S): S {
    return this.enabled() && typeof location !== 'undefined' ? this.codec.read(location.search, defaults) : defaults;
  }

  /** Writes `state` into the address soon (the last call in a burst wins). */
  save(state: S, defaults: S): void {
    if (!this.enabled()) return;
    this.pending = { state, defaults };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes a pending state now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (!pending || !this.enabled() || typeof location === 'undefined') return;
    const href = this.codec.write(location.href, pending.state, pending.defaults);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  hostDisconnected(): void {
    this.flush();
  }
}
