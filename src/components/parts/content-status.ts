import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContentErrorReason } from '../../content/errors.js';

/** What the content states part needs: a ContentController fits as is. */
export interface ContentStatusView {
  readonly status: 'loading' | 'ready' | 'error';
  readonly stale: boolean;
  readonly updated: string | undefined;
  readonly example: boolean;
  readonly slow: boolean;
  readonly error: { readonly reason: ContentErrorReason } | undefined;
  retry(): void;
}

export interface ContentStatusOptions {
  /** The locale for the last-updated date (BCP 47). Default: the browser's. */
  locale?: string;
}

/**
 * Formats a content date (`YYYY-MM-DD`) as a long date in `locale` ("20 November 2026"). The date is a
 * calendar day, so it is formatted in UTC: no time zone can move it to the day before.
 */
export function formatContentDate(date: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  }
}

function errorMessage(reason: ContentErrorReason | undefined): string {
  switch (reason) {
    case 'network':
    case 'timeout':
      return msg('The information could not be loaded. Check your internet connection and try again.', { id: 'content.error.network' });
    case 'schema-major':
      return msg('This information was published for another version of this widget and cannot be shown here.', {
        id: 'content.error.version',
      });
    case 'invalid':
      return msg('The published information contains errors and cannot be shown.', { id: 'content.error.invalid' });
    default:
      return msg('The information could not be loaded. Please try again later.', { id: 'content.error.other' });
  }
}

/**
 * The shared rendering of content states, placed where an element's content goes:
 *
 * - `loading`: a box that reserves space (`--fl-content-min-block-size`, default 12rem) with a polite
 *   "Loading" status, plus a "slow connection" notice once `slow` is set (after 3 s by default);
 * - `error`: a clear message in the reader's language, a retry button, and the host's
 *   `<slot name="fallback">` content;
 * - `ready` and `stale`: a notice that the information could not be refreshed, with its last-updated date
 *   and a retry button;
 * - `example` (manifest status `example`): with the content, a notice that it is example content.
 *
 * Render the data itself only when `status` is `ready`. Include `contentStatusStyles` in the element's
 * styles. Parts: `loading`, `slow-notice`, `error`, `retry`, `stale-notice`, `example-notice`.
 *
 * ```ts
 * render() {
 *   const c = this.content;
 *   return html`${contentStatus(c, { locale: this.locale })}${c.data ? this.renderList(c.data) : nothing}`;
 * }
 * ```
 */
export function contentStatus(view: ContentStatusView, options: ContentStatusOptions = {}): TemplateResult {
  const example = view.example
    ? html`<p class="fl-notice fl-notice-example" part="example-notice" role="note">
        ${msg('Example content: check every fact with the organisation named before relying on it.', { id: 'content.example' })}
      </p>`
    : nothing;
  const retry = html`<button type="button" class="fl-retry" part="retry" @click=${() => view.retry()}>
    ${msg('Try again', { id: 'content.retry' })}
  </button>`;

  if (view.status === 'loading') {
    return html`<div class="fl-loading" part="loading" role="status">
      <p>${msg('Loading information…', { id: 'content.loading' })}</p>
      ${view.slow
        ? html`<p class="fl-notice" part="slow-notice">
            ${msg('The connection is slow. Still trying…', { id: 'content.slow' })}
          </p>`
        : nothing}
    </div>`;
  }

  if (view.status === 'error') {
    return html`<div class="fl-error" part="error">
      <p role="alert">${errorMessage(view.error?.reason)}</p>
      ${retry}
      <div class="fl-fallback"><slot name="fallback"></slot></div>
    </div>`;
  }

  const stale =
    view.stale && view.updated
      ? html`<div class="fl-notice fl-notice-stale" part="stale-notice" role="status">
          <p>
            ${msg(str`This information could not be refreshed and may be out of date. Last updated: ${formatContentDate(view.updated, options.locale)}.`, {
              id: 'content.stale',
            })}
          </p>
          ${retry}
        </div>`
      : nothing;
  return html`${example}${stale}`;
}

/** Styles for contentStatus(): logical properties only, the host's colours, visible in forced colours. */
export const contentStatusStyles = css`
  .fl-loading {
    min-block-size: var(--fl-content-min-block-size, 12rem);
    padding-block: 0.5rem;
    color: var(--fl-muted-color, inherit);
  }
  .fl-loading > p {
    margin-block: 0 0.5rem;
  }
  .fl-notice {
    margin-block: 0 0.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 0.25rem solid currentColor;
    background: var(--fl-notice-background, rgba(127, 127, 127, 0.12));
  }
  .fl-notice > p {
    margin: 0;
  }
  .fl-notice-stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .fl-error > p {
    margin-block: 0 0.75rem;
  }
  .fl-fallback {
    margin-block-start: 0.75rem;
  }
  .fl-retry {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 1rem;
    border: 1px solid currentColor;
    border-radius: var(--fl-radius, 0.25rem);
    background: var(--fl-button-background, transparent);
    color: inherit;
    cursor: pointer;
  }
  .fl-retry:focus-visible {
    outline: 3px solid var(--fl-focus-color, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .fl-notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25rem;
    }
    .fl-retry {
      border-color: ButtonText;
    }
  }
`;
