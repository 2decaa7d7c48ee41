import { css, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContentErrorReason } from '../../content/errors.js';
import { formatContentDate, formatNumber } from '../../i18n/format.js';
import { activeLocale } from '../../i18n/localize.js';
import { pieceFailedText, statusIcon } from './status.js';
import { sharedStyles } from './styles.js';

/** What the content states part needs: a ContentController fits as is. */
export interface ContentStatusView {
  readonly status: 'loading' | 'ready' | 'error';
  readonly stale: boolean;
  readonly updated: string | undefined;
  readonly example: boolean;
  readonly slow: boolean;
  readonly error: { readonly reason: ContentErrorReason } | undefined;
  /** How much of a first download has come (the store's `progress`). */
  readonly progress?: { readonly received: number; readonly total: number | undefined } | undefined;
  retry(): void;
}

export interface ContentStatusOptions {
  /**
   * The interface language (`en`, `nl`, `fr`, `de`, `ar`, or a tag such as `fr-BE`) for the last-updated
   * date. Default: the language msg() answers in, which is the rendering element's during render().
   */
  locale?: string;
}

/** The last-updated date in `locale`; in the interface language when `Intl` does not take that tag. */
function updatedDate(date: string, locale: string): string {
  try {
    return formatContentDate(date, locale);
  } catch {
    return formatContentDate(date, activeLocale());
  }
}

/**
 * Why nothing shows, in plain words: the device is offline (check the connection), the information
 * service does not answer (nothing the reader can do: the page tries again by itself), the information
 * could not be checked (its file differs from the manifest's hash: tried again), part of this library did
 * not load (reload), or it cannot be shown as published.
 */
function errorMessage(reason: ContentErrorReason | undefined): string {
  switch (reason) {
    case 'offline':
      return msg('The information could not be loaded. Check your internet connection and try again.', { id: 'content.error.network' });
    case 'network':
    case 'timeout':
    case 'http':
    case 'not-json':
      return msg('The information service is not answering at the moment. This page will try again by itself.', { id: 'content.error.host' });
    case 'integrity':
      return msg('The information could not be checked, so it is not shown. This page will try again by itself.', { id: 'content.error.check' });
    // This library's own code (the checks, the code that asks the host) did not load: the message of a piece
    // that did not load. Some browsers keep a module that failed to load as failed until the page reloads
    // (../controllers/lazy-piece.ts), so there the page's own retries never succeed.
    case 'code':
      return pieceFailedText();
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

/** From this size on, a first download shows how much has come. */
const PROGRESS_FROM_BYTES = 100_000;

function downloadProgress(progress: ContentStatusView['progress'], locale: string | undefined): TemplateResult | typeof nothing {
  if (!progress || (progress.total ?? progress.received) < PROGRESS_FROM_BYTES) return nothing;
  const ui = locale ?? activeLocale();
  const kb = (bytes: number) => formatNumber(bytes / 1000, ui, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const { received, total } = progress;
  const done = kb(received);
  const text =
    total === undefined
      ? msg(str`Downloading the information: ${done} so far.`, { id: 'content.progress.unknown' })
      : msg(str`Downloading the information: ${done} of ${kb(total)}.`, { id: 'content.progress' });
  // Not announced at every change (a live region that speaks four times a second); read when reached.
  return html`<div class="fl-progress" aria-live="off">
    <p>${text}</p>
    <progress max=${total ?? nothing} value=${total === undefined ? nothing : received} aria-hidden="true"></progress>
  </div>`;
}

/**
 * The shared rendering of content states, placed where an element's content goes:
 *
 * - `loading`: a box that reserves space (`--fl-content-min-block-size`, default 12rem) with a polite
 *   "Loading" status, plus how much has come of a large first download (`progress`), or a "slow
 *   connection" notice once `slow` is set (after 3 s by default) while no bytes arrive;
 * - `error`: a clear message in the reader's language, a retry button, and the host's
 *   `<slot name="fallback">` content;
 * - `ready` and `stale`: a notice that the information could not be refreshed, with its last-updated date
 *   (in the element's language) and a retry button;
 * - `example` (manifest status `example`): with the content, a notice that it is example content.
 *
 * The notices are status boxes (`fl-status`: a stripe and an icon per tone, `--fl-color-warning`,
 * `--fl-color-error`, `--fl-color-info`), the retry button is a shared `fl-button`. Render the data itself
 * only when `status` is `ready`. Include `contentStatusStyles` in the element's styles (it holds
 * `sharedStyles`). Parts: `loading`, `slow-notice`, `error`, `retry`, `stale-notice`, `example-notice`
 * (and `example-flag`, see `exampleFlag()`).
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
    ? html`<div class="fl-status fl-content-notice" data-tone="info" part="example-notice" role="note">
        <div class="fl-status__live">
          ${statusIcon('info')}
          <p class="fl-status__text">
            ${msg('Example content: check every fact with the organisation named before relying on it.', { id: 'content.example' })}
          </p>
        </div>
      </div>`
    : nothing;
  const retry = html`<button type="button" class="fl-button" part="retry" @click=${() => view.retry()}>
    ${msg('Try again', { id: 'content.retry' })}
  </button>`;

  if (view.status === 'loading') {
    const progress = downloadProgress(view.progress, options.locale);
    return html`<div class="fl-loading" part="loading" role="status">
      <p>${msg('Loading information…', { id: 'content.loading' })}</p>
      ${
        progress !== nothing
          ? progress
          : view.slow
            ? html`<div class="fl-status fl-content-notice" data-tone="warning" part="slow-notice">
            <div class="fl-status__live">
              ${statusIcon('warning')}
              <p class="fl-status__text">${msg('The connection is slow. Still trying…', { id: 'content.slow' })}</p>
            </div>
          </div>`
            : nothing
      }
    </div>`;
  }

  if (view.status === 'error') {
    return html`<div class="fl-error" part="error">
      <div class="fl-status fl-content-notice" data-tone="error">
        <div class="fl-status__live" role="alert">
          ${statusIcon('error')}
          <p class="fl-status__text">${errorMessage(view.error?.reason)}</p>
        </div>
        <div class="fl-status__action">${retry}</div>
      </div>
      <div class="fl-fallback"><slot name="fallback"></slot></div>
    </div>`;
  }

  const stale =
    view.stale && view.updated
      ? html`<div class="fl-status fl-content-notice" data-tone="warning" part="stale-notice">
          <div class="fl-status__live" role="status">
            ${statusIcon('warning')}
            <p class="fl-status__text">
              ${msg(
                str`This information could not be refreshed and may be out of date. Last updated: ${updatedDate(view.updated, options.locale ?? activeLocale())}.`,
                { id: 'content.stale' },
              )}
            </p>
          </div>
          <div class="fl-status__action">${retry}</div>
        </div>`
      : nothing;
  return html`${example}${stale}`;
}

/**
 * The flag on each record of example content (a result card, an office), right under its name: example
 * details beside real organisation names and sourced facts must not pass for checked facts, whichever record a reader looks at
 * (the notice above the list is easy to scroll past). Part `example-flag`.
 */
export function exampleFlag(): TemplateResult {
  return html`<p class="fl-status" data-tone="warning" part="example-flag">
    ${statusIcon('warning')}<strong>${msg('Example content: check it before relying on it.', { id: 'content.example-flag' })}</strong>
  </p>`;
}

/**
 * Styles for contentStatus(), with the shared styles it builds on (tokens, buttons, status boxes):
 * `static styles = [contentStatusStyles, css\`...\`]`, or after `sharedStyles` (Lit keeps one copy).
 */
export const contentStatusStyles: CSSResultGroup = [
  sharedStyles,
  css`
    .fl-loading {
      min-block-size: var(--_content-min-block-size);
      padding-block: calc(var(--_space) * 0.5);
      color: var(--_muted);
    }
    .fl-loading > p {
      margin-block: 0 calc(var(--_space) * 0.5);
    }
    .fl-content-notice .fl-status__text {
      margin: 0;
    }
    .fl-fallback {
      margin-block-start: calc(var(--_space) * 0.75);
    }
    .fl-progress > p {
      margin-block: 0 calc(var(--_space) * 0.25);
    }
    .fl-progress > progress {
      inline-size: min(100%, 20rem);
    }

  `,
];
