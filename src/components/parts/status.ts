import { css, html, nothing, svg, type TemplateResult } from 'lit';

/** How a status message looks: an icon of its own shape and a stripe of its own colour for each. */
export type StatusTone = 'info' | 'success' | 'warning' | 'error';

const icons: Record<StatusTone, TemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="9.2"/><path d="M12 10.5v6.5M12 7v.5"/>`,
  success: svg`<circle cx="12" cy="12" r="9.2"/><path d="m7.5 12.5 3 3 6-6.5"/>`,
  warning: svg`<path d="M12 3 2.5 20h19z"/><path d="M12 9.5v5M12 17v.5"/>`,
  error: svg`<circle cx="12" cy="12" r="9.2"/><path d="m8.5 8.5 7 7m0-7-7 7"/>`,
};

/** Options of {@link statusMessage}. */
export interface StatusOptions {
  /** Icon and stripe colour; default `info`. */
  tone?: StatusTone;
  /** The `part` name of the box; default `status`. */
  part?: string;
  /** A button or link shown after the message ("Try again"), outside the live region so it is not re-read. */
  action?: unknown;
}

/** The icon of a tone (decorative: the text says the same), for boxes built with the `fl-status` classes. */
export function statusIcon(tone: StatusTone): TemplateResult {
  return html`<svg class="fl-status__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    ><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${icons[tone]}</g></svg
  >`;
}

function isEmpty(message: unknown): boolean {
  return message === undefined || message === null || message === '' || message === nothing;
}

/**
 * A status message in a live region (`role="status"`, polite): screen readers read each new message
 * without moving focus. Render it on every update at the same place, empty (`undefined`) while there is
 * nothing to say: a live region only announces changes made after it appeared, so one created together
 * with its message may stay silent. The box disappears while empty. Styles: `sharedStyles`.
 *
 * Parts: `status` (or `options.part`) on the box.
 */
export function statusMessage(message: unknown, options: StatusOptions = {}): TemplateResult {
  const tone = options.tone ?? 'info';
  const empty = isEmpty(message);
  return html`<div class="fl-status" part=${options.part ?? 'status'} data-tone=${tone} ?data-empty=${empty}>
    <div class="fl-status__live" role="status">${empty
      ? nothing
      : html`${statusIcon(tone)}<div class="fl-status__text">${message}</div>`}</div>
    ${empty || isEmpty(options.action) ? nothing : html`<div class="fl-status__action">${options.action}</div>`}
  </div>`;
}

/** Styles of status messages (part of `sharedStyles`). */
export const statusStyles = css`
  .fl-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block: 0 calc(var(--_space) * 0.75);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_tone);
    border-radius: var(--_radius);
    --_tone: var(--_info);
  }
  .fl-status[data-tone='success'] {
    --_tone: var(--_success);
  }
  .fl-status[data-tone='warning'] {
    --_tone: var(--_warning);
  }
  .fl-status[data-tone='error'] {
    --_tone: var(--_error);
  }
  .fl-status[data-empty] {
    display: contents;
  }
  .fl-status__live {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .fl-status__icon {
    flex: none;
    color: var(--_tone);
    margin-block-start: 0.15em;
  }
  .fl-status__text {
    min-inline-size: 0;
  }
  .fl-status__text > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .fl-status {
      border-inline-start-color: CanvasText;
    }
    .fl-status__icon {
      color: CanvasText;
    }
  }
`;
