import { css } from 'lit';

/**
 * The finder's own styles, on top of sharedStyles: logical properties only (mirrored in Arabic), no
 * sideways scrolling at 320 px, text and icons together (never colour alone), system colours in
 * forced-colors mode. The search form, the results and the cards have a module each
 * (search-form.styles.ts, results.styles.ts, service-card.styles.ts); this one holds the host, the header,
 * what every part uses, and the forced-colors and print rules of the whole finder, so it comes last in the
 * element's `styles`: its print rules override the parts' rules.
 */
export const finderStyles = css`
  :host {
    /* The room kept while loading is a page of placeholder cards (below), not the shared loading box; a
       host's own --fl-content-min-block-size still wins. Unset element tokens stay unset here, so each use
       below gives its own default. */
    --_content-min-block-size: var(--fl-content-min-block-size, 7rem);
    --_card-block-size: var(--fl-finder-card-block-size);
    --_card-visibility: var(--fl-finder-card-visibility);
    container: fl-finder / inline-size;
  }
  .icon {
    flex: none;
    vertical-align: -0.2em;
  }
  .hint,
  .note,
  .checked {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .chip,
    .badge {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText !important;
    }
  }
  /* Print: a clean list for a client (no form, no buttons, every card drawn, none split over two pages),
     or one service's details ("Print these details" marks its card). */
  @media print {
    .form,
    .fl-language-picker,
    .sort,
    .clear,
    .chip > .icon,
    .results__more > button,
    .fl-disclosure:not([open]),
    .fl-disclosure__marker,
    .print-one {
      display: none !important;
    }
    .chip,
    .action {
      min-block-size: 0;
      padding: 0;
      border: 0;
      background: none;
    }
    .results__list > li {
      content-visibility: visible;
      break-inside: avoid;
    }
    .card {
      padding: 0 0 var(--_space);
      border: 0;
      border-block-end: 1px solid;
      border-radius: 0;
      box-shadow: none;
    }
    .finder[data-print-one] :is(.chips, .results__bar, .results__more, .hint, .results__list > li:not([data-print])) {
      display: none !important;
    }
  }
`;
