import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ICS_MEDIA_TYPE } from '../../logic/ics.js';

/**
 * Calendar files as download links: each file is made once (a Blob with the iCalendar media type) and
 * offered through an object URL, so the link works like any download link (also "save link as"), with no
 * request to any server. URLs the last render did not use are revoked after it, and all of them when the
 * element leaves the page.
 */
export class CalendarFiles implements ReactiveController {
  private readonly urls = new Map<string, string | null>();
  private readonly used = new Set<string>();
  private revoked = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * The object URL of the file identified by `key`, made by `make()` the first time (no URL when it
   * returns undefined). The key must change whenever the file's content would.
   */
  url(key: string, make: () => string | undefined): string | undefined {
    this.used.add(key);
    let url = this.urls.get(key);
    if (url === undefined) {
      const text = make();
      url = text === undefined ? null : URL.createObjectURL(new Blob([text], { type: ICS_MEDIA_TYPE }));
      this.urls.set(key, url);
    }
    return url ?? undefined;
  }

  /** How many files are offered now. */
  get size(): number {
    return [...this.urls.values()].filter(Boolean).length;
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
    for (const url of this.urls.values()) if (url) URL.revokeObjectURL(url);
    this.urls.clear();
    this.revoked = true;
  }
}
