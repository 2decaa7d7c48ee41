import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ICS_MEDIA_TYPE } from '../../logic/ics.js';

type Idle = (callback: (deadline?: { timeRemaining(): number }) => void) => unknown;

const whenIdle: Idle = (callback) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 500 }) : setTimeout(callback, 16);
const cancelIdle = (handle: unknown) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle as number) : clearTimeout(handle as ReturnType<typeof setTimeout>);

/**
 * Calendar files as download links: each file is made once (a Blob with the iCalendar media type) and
 * offered through an object URL, so the link works like any download link (also "save link as"), with no
 * request to any server. URLs the last render did not use are revoked after it, and all of them when the
 * element leaves the page.
 *
 * A file that takes long to make (a year of a weekly series) can be deferred: the first render gets no URL,
 * the file is made when the browser is idle, and the host renders again with it. So the first render stays
 * short however many offices show.
 */
export class CalendarFiles implements ReactiveController {
  private readonly urls = new Map<string, string | null>();
  private readonly used = new Set<string>();
  private readonly pending = new Map<string, () => string | undefined>();
  private idle: unknown;
  private revoked = false;

  /** `run` wraps deferred work (the host's language for msg()). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly run: <T>(work: () => T) => T = (work) => work(),
  ) {
    host.addController(this);
  }

  /**
   * The object URL of the file identified by `key`, made by `make()` the first time (no URL when it
   * returns undefined). With `defer`, a file not made yet is made when the browser is idle and the host
   * re-renders. The key must change whenever the file's content would.
   */
  url(key: string, make: () => string | undefined, defer = false): string | undefined {
    this.used.add(key);
    const url = this.urls.get(key);
    if (url !== undefined) return url ?? undefined;
    if (defer) {
      this.pending.set(key, make);
      this.idle ??= whenIdle((deadline) => this.makePending(deadline));
      return undefined;
    }
    return this.store(key, make) ?? undefined;
  }

  private store(key: string, make: () => string | undefined): string | null {
    const text = make();
    const url = text === undefined ? null : URL.createObjectURL(new Blob([text], { type: ICS_MEDIA_TYPE }));
    this.urls.set(key, url);
    return url;
  }

  private makePending(deadline?: { timeRemaining(): number }): void {
    this.idle = undefined;
    for (const [key, make] of this.pending) {
      this.pending.delete(key);
      this.run(() => this.store(key, make));
      if (deadline && deadline.timeRemaining() < 5) break;
    }
    if (this.pending.size > 0) this.idle = whenIdle((next) => this.makePending(next));
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Links rendered before a disconnection point at revoked URLs: render them again.
    if (this.revoked) this.host.requestUpdate();
    this.revoked = false;
  }

  hostUpdate(): void {
    this.used.clear();
  }

  hostUpdated(): void {
    for (const [key, url] of this.urls) {
      if (this.used.has(key)) continue;
      if (url) URL.revokeObjectURL(url);
      this.urls.delete(key);
    }
  }

  hostDisconnected(): void {
    if (this.idle !== undefined) cancelIdle(this.idle);
    this.idle = undefined;
    this.pending.clear();
    for (const url of this.urls.values()) if (url) URL.revokeObjectURL(url);
    this.urls.clear();
    this.revoked = true;
  }
}
