import { css, html, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** How a status box (`fl-status`) looks: an icon of its own shape and a stripe of its own colour for each. */
export type StatusTone = 'info' | 'success' | 'warning' | 'error';

const icons: Record<StatusTone, TemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="9.2"/><path d="M12 10.5v6.5M12 7v.5"/>`,
  success: svg`<circle cx="12" cy="12" r="9.2"/><path d="m7.5 12.5 3 3 6-6.5"/>`,
  warning: svg`<path d="M12 3 2.5 20h19z"/><path d="M12 9.5v5M12 17v.5"/>`,
  error: svg`<circle cx="12" cy="12" r="9.2"/><path d="m8.5 8.5 7 7m0-7-7 7"/>`,
};

/** The icon of a tone (decorative: the text says the same), for boxes built with the `fl-status` classes. */
export function statusIcon(tone: StatusTone): TemplateResult {
  return html`<svg class="fl-status__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    ><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${icons[tone]}</g></svg
  >`;
}

/** Styles of status boxes (part of `sharedStyles`): `fl-status`, `fl-status__live`, `__icon`, `__text`, `__action`. */
export const statusStyles = css`
  /* disclaimerNote() */
  .disclaimer {
    max-inline-size: 70ch;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_muted);
  }
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

/** A piece loaded on demand, as its place needs it: whether its load failed (a `LazyPiece` fits). */
export interface PieceLoad {
  readonly failed: boolean;
}

/**
 * What shows in place of a piece still on its way (a chunk loaded when the reader first asks, see
 * `controllers/lazy-piece.ts`): "Loading…"; once its load failed, that it could not be loaded (part
 * `piece-error`).
 */
export function pieceLoading(load?: PieceLoad): TemplateResult {
  if (!load?.failed) return html`<p class="hint fl-piece-loading">${loadingText()}</p>`;
  return html`<div class="fl-status" data-tone="error" part="piece-error">
    <div class="fl-status__live" role="alert">${statusIcon('error')}<p class="fl-status__text">${pieceFailedText()}</p></div>
  </div>`;
}

/** A piece could not be loaded (tried again once the device is back online: see `controllers/lazy-piece.ts`). */
export const pieceFailedText = (): string =>
  msg('This part could not be loaded. Check your internet connection, then reload the page.', { id: 'parts.piece-failed' });

/** "Loading…", for a status line (a list whose search is on its way). */
export const loadingText = (): string => msg('Loading…', { id: 'parts.piece-loading' });

/** The content's disclaimer ("general information, not legal advice") above what an element shows; `body` is its rich text. */
export function disclaimerNote(body: unknown): TemplateResult {
  return html`<div class="disclaimer" part="disclaimer" role="note">${body}</div>`;
}
