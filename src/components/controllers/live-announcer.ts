import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Announces short messages to screen readers without showing them ("12 services found"), through a
 * visually hidden live region. Add it in the constructor (`#announcer = new LiveAnnouncer(this)`),
 * render `this.#announcer.render()` once in the template, and call `announce(text)`; the same text twice
 * is read twice.
 */
export class LiveAnnouncer implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Wait between clearing and writing, so that a repeated message is read again. */
    private readonly delay = 150,
  ) {
    host.addController(this);
  }

  /** The message being announced now (empty between messages). */
  get current(): string {
    return this.message;
  }

  /** Reads `text` out politely, after whatever the screen reader is saying. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.message = text;
      this.host.requestUpdate();
    }, this.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.message = '';
  }

  /** The hidden live region; render it once, at a place that stays in every state. */
  render(): TemplateResult {
    return html`<div class="fl-visually-hidden" role="status">${this.message}</div>`;
  }
}
