import { css } from 'lit';

/** The finder's results (results.ts): the count and sort bar, the placeholder cards while loading, the list, "show more" and the empty state. */
export const resultsStyles = css`
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
  /* Room for the loading line with the slow-connection notice or the download progress under it (which
     must not push the placeholder cards down), then a page of cards, so that nothing below moves. */
  .results--pending > :first-child {
    min-block-size: var(--_content-min-block-size);
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
`;
