import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A render piece that only some readers need (a card's details, the week view), in a chunk of its own
 * loaded the first time a reader asks for it: `value` is undefined until then, and the host renders again
 * once it came. A chunk that cannot load (offline, refused) is warned about, and the host renders again to
 * say so in the piece's place (`pieceLoading(piece)` in ../parts/status.ts) instead of "Loading…". Asking
 * again loads nothing (hosts ask while rendering, which would loop): it is tried again once when the device
 * comes back online. Chromium 156.0.8078.129 fetches a module that failed again, and the piece shows
 * (test/components/lazy-pieces-offline.test.ts); earlier versions (150 to 156.0.8078.73) kept it failed until
 * the page reloaded, so there the message, which asks the reader to reload, stayed.
 */
export class LazyPiece<T> implements ReactiveController {
  /** The piece, once loaded. */
  value: T | undefined;
  /** The load failed: the host says so in its place, or renders without it. */
  failed = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What it is, for the warning ("the week view"). */
    private readonly what: string,
    private readonly importer: () => Promise<T>,
    /**
     * Load when the host connects, not on a reader's ask: for a piece every reader needs that may come a
     * little after the content (the host renders again once it came, or failed, and can wait for it).
     */
    private readonly eager = false,
  ) {
    host.addController(this);
  }

  /** Starts loading the piece once (at most one load, whoever asks); resolves when it came or failed. */
  load(): Promise<void> {
    if (this.value !== undefined || this.failed) return Promise.resolve();
    this.loading ??= this.importer().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        this.loading = undefined;
        console.warn(`frontline-widgets: ${this.what} could not be loaded.`, error);
        this.host.requestUpdate();
        globalThis.addEventListener?.('online', this.retry);
      },
    );
    return this.loading;
  }

  private readonly retry = (): void => {
    globalThis.removeEventListener?.('online', this.retry);
    this.failed = false;
    void this.load();
  };

  hostConnected(): void {
    if (this.failed) globalThis.addEventListener?.('online', this.retry);
    else if (this.eager) void this.load();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.retry);
  }
}
