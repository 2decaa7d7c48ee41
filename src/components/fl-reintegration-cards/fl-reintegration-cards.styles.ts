import { css } from 'lit';
import { contentStatusStyles } from '../parts/content-status.js';
import { sharedStyles } from '../parts/styles.js';

/** Styles of <fl-reintegration-cards>: logical properties only, the host's font and colours, 320 px and up. */
export const styles = [
  sharedStyles,
  contentStatusStyles,
  css`
    .label {
      margin-block: calc(var(--_space) * 0.5) 0.25em;
      font-weight: 600;
    }
    .combobox__field {
      position: relative;
      max-inline-size: 24rem;
    }
    .combobox input {
      inline-size: 100%;
      box-sizing: border-box;
    }
    .combobox__list {
      position: absolute;
      z-index: 1;
      inset-inline: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      background: var(--_surface, Canvas);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .combobox__option {
      padding: 0.5em 0.75em;
      min-block-size: var(--_target);
      box-sizing: border-box;
      cursor: pointer;
    }
    .combobox__option[aria-selected='true'] {
      outline: 2px solid currentColor;
      outline-offset: -2px;
      font-weight: 600;
    }
    .matched {
      color: var(--_muted);
    }
    .cards,
    .offers,
    .chips ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      margin-block: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .card :is(h1, h2, h3, h4, h5, h6) {
      margin: 0;
      font-size: 1.1em;
    }
    .organisation,
    .example {
      margin-block: 0.25em;
      color: var(--_muted);
    }
    .offer {
      margin-block: calc(var(--_space) * 0.5);
      padding-inline-start: 0.75em;
      border-inline-start: 2px solid var(--_border);
    }
    .offer p,
    .amounts {
      margin-block: 0.25em;
    }
    .amount {
      font-weight: 600;
    }
    .filters {
      margin-block: var(--_space);
    }
    .filter-group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-end: 0.5em;
    }
    .filter-group .label {
      flex-basis: 100%;
      margin: 0;
    }
    .toggle[aria-pressed='true'] {
      font-weight: 600;
      box-shadow: inset 0 0 0 2px currentColor;
    }
    .chips ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .chip {
      min-block-size: var(--_target);
      padding: 0.25em 0.75em;
      border: 1px solid currentColor;
      border-radius: 999px;
      background: none;
      font: inherit;
      color: inherit;
      cursor: pointer;
    }
    .counsellor,
    .process,
    .media {
      margin-block-start: calc(var(--_space) * 1.5);
    }
    .free-line a {
      margin-inline: 0.25em;
    }
    .process__title {
      display: block;
      /* Aligned by its own text's direction: an English title starts on the left in an Arabic page. */
      unicode-bidi: plaintext;
      text-align: start;
    }
    .media__meta {
      color: var(--_muted);
    }
    @media print {
      .filters,
      .more,
      .picker {
        display: none;
      }
      .details[hidden] {
        display: block;
      }
    }
  `,
];
