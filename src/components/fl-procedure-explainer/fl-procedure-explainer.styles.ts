import { css } from 'lit';
import { contentStatusStyles } from '../parts/content-status.js';
import { sharedStyles } from '../parts/styles.js';

/** Styles of <fl-procedure-explainer>: logical properties only, the host's font and colours, 320 px and up; every step open in print. */
export const styles = [
  sharedStyles,
  contentStatusStyles,
  css`
    .label,
    .substep-title {
      margin-block: calc(var(--_space) * 0.5) 0.25em;
      font-weight: 600;
    }
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      position: relative;
      padding-block: calc(var(--_space) * 0.5);
      padding-inline-start: 1em;
      border-inline-start: 2px solid var(--_border);
    }
    .step > :is(h1, h2, h3, h4, h5, h6) {
      margin: 0;
      font-size: 1.1em;
    }
    .step-toggle {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5em;
      inline-size: 100%;
      min-block-size: var(--_target);
      padding-block: 0.25em;
      padding-inline: 0;
      border: 0;
      background: none;
      font: inherit;
      font-weight: 600;
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .step-toggle .step-title {
      text-decoration-line: underline;
      text-underline-offset: 0.2em;
    }
    .step-number {
      font-weight: 400;
    }
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
    .step-facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.5em;
      margin-block: 0.25em;
    }
    .step-facts dt {
      display: inline;
      font-weight: 600;
    }
    .step-facts dt::after {
      content: ': ';
    }
    .step-facts dd {
      display: inline;
      margin: 0;
    }
    /* Closed steps stay in the page for the browser's find-in-page (hidden="until-found"). */
    .step-panel[hidden='until-found'] {
      display: block !important;
    }
    .step-body {
      padding-block: calc(var(--_space) * 0.25);
    }
    .connector {
      margin-block: 0.5em;
      font-style: italic;
    }
    .substeps {
      padding-inline-start: 1.25em;
    }
    /* A fieldset is as wide as its widest word by default: at large text that pushes it out of the widget. */
    fieldset {
      min-inline-size: 0;
    }
    .checklist {
      margin-block: calc(var(--_space) * 0.5);
      padding: calc(var(--_space) * 0.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .checklist legend {
      font-weight: 600;
    }
    .check,
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: var(--_target);
    }
    /* A long word may break rather than push the label out of the widget. */
    .check > :not(input),
    .choice > :not(input) {
      min-inline-size: 0;
    }
    .check input,
    .choice input {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin: 0;
    }
    .hint,
    .checked,
    .progress,
    .rule {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .deadline-helper {
      display: flex;
      flex-direction: column;
      align-items: start;
      gap: 0.25em;
      padding: calc(var(--_space) * 0.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .deadline-helper label {
      font-weight: 600;
    }
    .question fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .question legend {
      padding: 0;
    }
    .question legend > :is(h1, h2, h3, h4, h5, h6) {
      margin-block: 0 0.5em;
    }
    .missing {
      color: var(--_error, inherit);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: var(--_space);
    }
    .answers dl {
      margin: 0;
    }
    .answers .answer {
      padding-block: 0.25em;
      border-block-end: 1px solid var(--_border);
    }
    .answers dd {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      font-weight: 600;
    }
    .fl-link-button {
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      color: var(--_link, inherit);
      text-decoration-line: underline;
      text-underline-offset: 0.2em;
      cursor: pointer;
      min-block-size: 24px;
      text-align: start;
    }
    .result-list {
      padding-inline-start: 1.25em;
    }
    .result-title {
      margin-block-end: 0;
      font-weight: 600;
    }
    .counsellor {
      margin-block: var(--_space);
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    @media print {
      .step-panel[hidden] {
        display: block !important;
        content-visibility: visible !important;
      }
      .show-all,
      .start-over,
      .deadline-helper input,
      .language-picker {
        display: none !important;
      }
    }
  `,
];
