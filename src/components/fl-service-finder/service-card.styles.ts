import { css } from 'lit';

/** A result card (service-card.ts, card-details.ts, hours.ts, address.ts): badges, hours, address, actions and the details. */
export const serviceCardStyles = css`
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
    /* A column of days on a wide card; never wider than the card at 200% text size. */
    min-inline-size: min(11em, 100%);
  }
  .week__day[data-today] > * {
    font-weight: 700;
  }
  .range:not([data-next-day]) {
    white-space: nowrap;
  }
`;
