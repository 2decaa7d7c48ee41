import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A render piece that only some readers need (a card's details, the week view), in a chunk of its own
 * loaded the first time a reader asks for it: `value` is undefined until then, and the host renders again
 * once it came. A chunk that cannot load (offline, refused) is warned about, and the host renders again to
 * say so in the piece's place (`pieceLoading(piece)` in ../parts/status.ts) instead of "Loading…". It is
 * not asked for again: the browser keeps a module that failed to load as failed until the page is loaded
 * again (seen in Chromium 150), and hosts ask while rendering, which
 * would then loop.
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
        console.warn(`frontline-widgets: ${this.what} could not be loaded.`, error);
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }

  hostConnected(): void {
    if (this.eager) void this.load();
  }
}
