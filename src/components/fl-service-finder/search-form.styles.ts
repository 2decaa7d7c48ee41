import { css } from 'lit';

/** The finder's search form (search-form.ts) and the chips of the reader's choices (chips.ts); the compact form on a phone. */
export const searchFormStyles = css`
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
  .checks,
  .papers {
    grid-column: 1 / -1;
  }
  @container fl-finder (max-width: 36rem) {
    /* Compact on a phone, so the count and the first result show in the first screen: the example hints
       are heard (aria-describedby) but not shown, "Use my location" sits beside the place, and "No
       residence papers needed" beside "More filters". */
    .form,
    .fields {
      gap: calc(var(--_space) * 0.75);
    }
    .field--query > .hint,
    #place-hint {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Side by side while both fit, one under the other when they do not (large text, long words): a
       flex row that wraps, never two boxes over each other. */
    .field--place {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    .field--place > * {
      flex: 1 1 100%;
      order: 1;
      min-inline-size: 0;
    }
    .field--place > label {
      order: -1;
    }
    .field--place > #place {
      flex: 1 1 8em;
      order: 0;
    }
    .field--place > .locate {
      flex: 0 1 auto;
      order: 0;
      margin: 0;
    }
    .fields {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
    }
    .fields > * {
      flex: 1 1 100%;
      min-inline-size: 0;
    }
    .fields > .papers {
      flex: 1 1 8em;
    }
    .fields > .more-toggle {
      display: inline-flex;
      flex: 0 1 auto;
      margin-inline-start: auto;
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
    accent-color: var(--_accent);
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
  /* A flex item does not shrink below its longest word unless told: a long word wraps instead. */
  .chip > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .chip:hover {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
`;
