import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The calendar file writer (../../logic/ics.ts). */
export type IcsWriter = typeof import('../../logic/ics.js');

let writer: IcsWriter | Promise<IcsWriter> | undefined;
/** The writer, a chunk of its own: it loads when a reader first reaches for a calendar link, and no render waits for it. */
function loadWriter(): Promise<IcsWriter> {
  writer ??= import('../../logic/ics.js').then(
    (module) => (writer = module),
    (error: unknown) => {
      writer = undefined;
      throw error;
    },
  );
  return Promise.resolve(writer);
}

/** What a calendar download link binds: its address, and the handler that makes the file when asked. */
interface CalendarOffer {
  /** The file's object URL once made; until then a placeholder the handler replaces before the browser follows it. */
  readonly href: string;
  /** Bind to `click`, `focus`, `pointerdown` and `contextmenu`: makes the file, points the link at it. */
  readonly ask: (event: Event) => void;
}

/** The address of a link whose file is not made yet. */
const NOT_YET = '#calendar-file';

/**
 * Calendar files as download links, made only when a reader asks for one: on the link's focus, pointer
 * down, context menu or click, its file is made (a Blob with the iCalendar media type) and the link
 * pointed at its object URL before the browser follows it (also "save link as"), with no request to any
 * server. A page of many offices renders without working out a year of sessions for each, and without
 * the file writer: it loads on the first focus or pointer down on such a link (a tap or Enter follows a
 * moment later), and a click that comes before it arrives is followed once the file is made.
 *
 * URLs the last render did not use are revoked after it, and all of them when the element leaves the page.
 */
export class CalendarFiles implements ReactiveController {
  private readonly urls = new Map<string, string | null>();
  private readonly used = new Set<string>();
  private revoked = false;

  /** `run` wraps the making of a file (the host's language for msg()). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly run: <T>(work: () => T) => T = (work) => work(),
  ) {
    host.addController(this);
  }

  /**
   * The link to the file identified by `key`, made by `make()` when a reader asks (no file when it returns
   * undefined: the link then does nothing). The key must change whenever the file's content would.
   */
  offer(key: string, make: (ics: IcsWriter) => string | undefined): CalendarOffer {
    this.used.add(key);
    const url = this.urls.get(key);
    return {
      href: url ?? NOT_YET,
      ask: (event) => {
        const link = event.currentTarget as HTMLAnchorElement;
        if (writer === undefined || writer instanceof Promise) {
          // Asked before the writer arrived (a very slow connection): make the file once it is there,
          // and follow a click then.
          if (event.type === 'click') event.preventDefault();
          void loadWriter()
            .then(() => {
              const made = this.make(key, make);
              if (made) link.setAttribute('href', made);
              if (made && event.type === 'click') link.click();
            })
            .catch((error: unknown) => console.warn(`frontline-widgets: calendar files could not be loaded: ${String(error)}`));
          return;
        }
        const made = this.make(key, make);
        if (made) {
          if (link.getAttribute('href') !== made) link.setAttribute('href', made);
        } else if (event.type === 'click') {
          event.preventDefault();
        }
      },
    };
  }

  private make(key: string, make: (ics: IcsWriter) => string | undefined): string | undefined {
    let url = this.urls.get(key);
    const ics = writer;
    if (url === undefined && ics !== undefined && !(ics instanceof Promise)) {
      let text: string | undefined;
      try {
        text = this.run(() => make(ics));
      } catch (error) {
        console.warn(`frontline-widgets: a calendar file could not be made: ${String(error)}`);
      }
      url = text === undefined ? null : URL.createObjectURL(new Blob([text], { type: ics.ICS_MEDIA_TYPE }));
      this.urls.set(key, url);
      // The next render binds the same address, and keeps the URL from being revoked.
      this.host.requestUpdate();
    }
    return url ?? undefined;
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
