import { css } from 'lit';

/**
 * The finder's own styles, on top of sharedStyles: logical properties only (mirrored in Arabic), no
 * sideways scrolling at 320 px, text and icons together (never colour alone), system colours in
 * forced-colors mode.
 */
export const finderStyles = css`
  :host {
    /* The room kept while loading is a page of placeholder cards (below), not the shared loading box; a
       host's own --fl-content-min-block-size still wins. Unset element tokens stay unset here, so each use
       below gives its own default. */
    --_content-min-block-size: var(--fl-content-min-block-size, 3.5rem);
    --_card-block-size: var(--fl-finder-card-block-size);
    --_card-visibility: var(--fl-finder-card-visibility);
    container: fl-finder / inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .header > :first-child {
    margin: 0;
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
  .form {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .field > label,
  .checks > legend {
    font-weight: 600;
  }
  .field .hint {
    margin: 0;
  }
  .field > .fl-control,
  .field > select {
    inline-size: 100%;
  }
  .query-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    inline-size: 100%;
  }
  .query-row > input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--_space);
    align-items: start;
  }
  .locate {
    margin-block-start: 0.25rem;
  }
  /* Wide: every filter shows; the "More filters" button is not needed. */
  .more {
    display: contents;
  }
  .more-toggle {
    display: none;
  }
  .checks {
    grid-column: 1 / -1;
  }
  @container fl-finder (max-width: 36rem) {
    .more-toggle {
      display: inline-flex;
      justify-self: start;
    }
    .more {
      display: grid;
      gap: var(--_space);
    }
    .more:not([data-open]) {
      display: none;
    }
  }
  .more-toggle__marker {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .more-toggle[aria-expanded='true'] > .more-toggle__marker {
    transform: rotate(-135deg);
  }
  /* The borders are logical: mirrored in right-to-left text, so the turn is too (down, then up). */
  .more-toggle__marker:dir(rtl) {
    transform: rotate(-45deg);
  }
  .more-toggle[aria-expanded='true'] > .more-toggle__marker:dir(rtl) {
    transform: rotate(135deg);
  }
  .field__error {
    display: flex;
    gap: 0.35rem;
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .location-status {
    margin: 0;
  }
  .location-status:empty {
    display: none;
  }
  .location-status[data-problem] {
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_warning);
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .checks > legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .check > input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent-fill);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .chips__label {
    margin: 0;
    font-weight: 600;
  }
  .chips__list {
    display: contents;
    list-style: none;
  }
  .chips__list > li {
    max-inline-size: 100%;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    max-inline-size: 100%;
    min-block-size: var(--_target);
    padding-block: 0.2rem;
    padding-inline: 0.85rem 0.6rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .chip:hover {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  .results__bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .results__count {
    margin: 0;
    font-weight: 700;
  }
  .sort {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  /* About the height of the results bar and of a page of cards, so that nothing below moves. */
  .results--pending > :first-child {
    min-block-size: 3.5rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .placeholders {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .placeholder {
    block-size: var(--_card-block-size, 24rem);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  @container fl-finder (max-width: 36rem) {
    .placeholder {
      block-size: var(--_card-block-size, 34rem);
    }
  }
  .results__list {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  /* Cards out of view are not laid out or painted until they scroll near (each key press renders a page of
     cards); until then each counts as 20rem high, then as high as it was last shown. A host's full-page
     screenshots or scripted tests can set --fl-finder-card-visibility: visible. */
  .results__list > li {
    content-visibility: var(--_card-visibility, auto);
    contain-intrinsic-block-size: auto 20rem;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  .card h1,
  .card h2,
  .card h3,
  .card h4,
  .card h5,
  .card h6 {
    margin-block-end: 0.25rem;
    font-size: 1.15em;
  }
  .card__org {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .card__categories {
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding-block: 0.1rem;
    padding-inline: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  .badge[data-tone='yes'] {
    border-color: var(--_success);
  }
  .badge[data-tone='yes'] > .icon {
    color: var(--_success);
  }
  .badge[data-tone='no'] {
    border-color: var(--_warning);
    border-style: dashed;
  }
  .badge[data-tone='no'] > .icon {
    color: var(--_warning);
  }
  .badge[data-tone='unknown'] {
    border-style: dotted;
  }
  .badge:first-child {
    font-weight: 600;
  }
  .card__hours,
  .card__address {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.15rem 0.75rem;
  }
  .card__address > .icon,
  .open-state > .icon {
    margin-block-start: 0.15em;
  }
  .open-state {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.3rem;
  }
  .open-state[data-open] > .icon {
    color: var(--_success);
  }
  .card__address {
    flex-wrap: nowrap;
    gap: 0.35rem;
  }
  .distance {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .actions > li {
    max-inline-size: 100%;
  }
  .action {
    justify-content: flex-start;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd,
  .week dd {
    margin: 0;
  }
  .detail-label {
    margin-block: calc(var(--_space) * 0.5) 0.25rem;
    font-weight: 600;
  }
  .location {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .week {
    display: grid;
    gap: 0.15rem;
  }
  .week__day {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .week__day > dt {
    min-inline-size: 11em;
  }
  .week__day[data-today] > * {
    font-weight: 700;
  }
  .range {
    white-space: nowrap;
  }
  .results__more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
  }
  .results__more > p {
    margin: 0;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
`;
