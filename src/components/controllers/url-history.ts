import { UrlStateController } from './url-state.js';

/**
 * A {@link UrlStateController} for a path through questions: each step is a new history entry
 * (`push`), and the browser's Back and Forward buttons are followed (`followHistory`). A module of its
 * own so that elements that only replace the address (the service finder) do not carry it.
 */
export class UrlHistoryController<S> extends UrlStateController<S> {
  private listener: (() => void) | undefined;
  private connected = false;

  /** Writes `state` into the address at once as a new history entry, so Back returns to the state before. */
  push(state: S, defaults: S): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    if (!this.enabled() || typeof location === 'undefined') return;
    const href = this.codec.write(location.href, state, defaults, this.prefix());
    if (href !== location.href) history.pushState(history.state, '', href);
  }

  /** Calls `listener` after the browser's Back or Forward changed the address (read it with `initial`). */
  followHistory(listener: () => void): void {
    this.listener = listener;
    if (this.connected) addEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => {
    if (this.enabled()) this.listener?.();
  };

  hostConnected(): void {
    this.connected = true;
    if (this.listener && typeof window !== 'undefined') addEventListener('popstate', this.onPopState);
  }

  override hostDisconnected(): void {
    this.connected = false;
    if (typeof window !== 'undefined') removeEventListener('popstate', this.onPopState);
    super.hostDisconnected();
  }
}
