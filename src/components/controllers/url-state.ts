import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one element's state reads from and writes to the page address: pure functions (see ../../logic/). */
export interface UrlStateCodec<S> {
  /** The state `search` (`location.search`) describes, starting from `defaults` (the host's attributes). */
  read(search: string, defaults: S, prefix: string): S;
  /** `href` with the element's own keys set to what differs from `defaults`; every other part kept. */
  write(href: string, state: S, defaults: S, prefix: string): string;
}

/** The elements of the page that keep their state in the address, by tag and key prefix. */
const claims = new Map<string, Element>();

/**
 * Keeps an element's state in the page address, so a list or a path can be shared and survives a reload:
 * read once when the element starts, written with `history.replaceState` a little after each change (not
 * on every key press), and at once when the element leaves the page. Nothing else of the URL changes.
 * Writes nothing unless `enabled()` (the host's `sync-url`-like attribute), and nothing outside a browser.
 *
 * ```ts
 * private readonly url = new UrlStateController(this, { read: stateFromUrl, write: urlWithState }, () => this.syncUrl, () => this.getAttribute('sync-url') ?? '');
 * // first render: this.choices = this.url.initial(defaults);  after a change: this.url.save(this.choices, defaults);
 * ```
 */
export class UrlStateController<S> implements ReactiveController {
  protected timer: ReturnType<typeof setTimeout> | undefined;
  protected pending: { state: S; defaults: S } | undefined;

  constructor(
    host: ReactiveControllerHost,
    protected readonly codec: UrlStateCodec<S>,
    protected readonly enabled: () => boolean,
    /** What the element's keys start with, so that two such elements on a page keep apart (empty: none). */
    protected readonly prefix: () => string = () => '',
    /** Wait after the last change before the address is written. */
    private readonly delay = 250,
  ) {
    host.addController(this);
    this.host = host as ReactiveControllerHost & Element;
  }

  private readonly host: ReactiveControllerHost & Element;

  /**
   * The starting state: `defaults` as the address changes them when enabled, else `defaults`. Warns when
   * another element of the same kind on the page keeps its state under the same keys.
   */
  initial(defaults: S): S {
    if (!this.enabled() || typeof location === 'undefined') return defaults;
    const tag = this.host.localName;
    const claim = tag + this.prefix();
    const other = claims.get(claim);
    if (other?.isConnected && other !== this.host)
      console.warn(`frontline-widgets: two <${tag} sync-url> share address keys; set sync-url="b" on one.`);
    claims.set(claim, this.host);
    return this.codec.read(location.search, defaults, this.prefix());
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
    const href = this.codec.write(location.href, pending.state, pending.defaults, this.prefix());
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  hostDisconnected(): void {
    this.flush();
  }
}
