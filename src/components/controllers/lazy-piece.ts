import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A render piece that only some readers need (a card's details, the week view), in a chunk of its own
 * loaded the first time a reader asks for it: `value` is undefined until then, and the host renders again
 * once it came. A chunk that cannot load (offline, refused) is warned about and tried again at the next ask.
 */
export class LazyPiece<T> implements ReactiveController {
  /** The piece, once loaded. */
  value: T | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What it is, for the warning ("the week view"). */
    private readonly what: string,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Starts loading the piece if it is not here yet (at most one load at a time). */
  load(): void {
    if (this.value !== undefined || this.loading) return;
    this.loading = this.importer().then(
      (value) => {
        this.value = value;
        this.loading = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        console.warn(`frontline-widgets: ${this.what} could not be loaded.`, error);
      },
    );
  }

  hostConnected(): void {}
}
