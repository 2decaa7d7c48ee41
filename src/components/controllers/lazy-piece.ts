import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A render piece that only some readers need (a card's details, the week view), in a chunk of its own
 * loaded the first time a reader asks for it: `value` is undefined until then, and the host renders again
 * once it came. A chunk that cannot load (offline, refused) is warned about and tried again at the next ask.
 */
export class LazyPiece<T> implements ReactiveController {
  /** The piece, once loaded. */
  value: T | undefined;
  /** The last load failed (and no other is under way): a host that waits for the piece renders without it. */
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

  /**
   * Starts loading the piece if it is not here yet (at most one load at a time); resolves when it came or
   * failed. A failure does not render the host again: hosts call load() while rendering.
   */
  load(): Promise<void> {
    if (this.value !== undefined) return Promise.resolve();
    if (this.loading) return this.loading;
    this.failed = false;
    this.loading = this.importer().then(
      (value) => {
        this.value = value;
        this.loading = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        console.warn(`frontline-widgets: ${this.what} could not be loaded.`, error);
      },
    );
    return this.loading;
  }

  hostConnected(): void {
    if (this.eager) void this.load().then(() => this.host.requestUpdate());
  }
}
