import { css } from 'lit';
import { contentStatusStyles } from '../parts/content-status.js';
import { sharedStyles } from '../parts/styles.js';

/** Styles of <fl-walkin-schedule>: logical properties only, the host's font and colours, 320 px and up. */
export const styles = [
  sharedStyles,
  contentStatusStyles,
  css`
    :host {
      /* A longer default than other widgets; a host's own --fl-content-min-block-size still wins. */
      --_content-min-block-size: var(--fl-content-min-block-size, 20rem);
    }
    .about,
    .zone-note {
      max-inline-size: 70ch;
    }
    .zone-note,
    .checked,
    .week-zone {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
      margin-block: 0 var(--_space);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-inline-size: 0;
    }
    .field label {
      font-weight: 600;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: var(--_target);
    }
    .check input {
      inline-size: 1.25em;
      block-size: 1.25em;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .offices {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    }
    .offices > li {
      min-inline-size: 0;
    }
    .office,
    .support {
      block-size: 100%;
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .office > :is(h1, h2, h3, h4, h5, h6),
    .support > :is(h1, h2, h3, h4, h5, h6) {
      margin-block-end: 0.25em;
    }
    .access {
      margin-block-end: calc(var(--_space) * 0.5);
      font-size: 0.9em;
      font-weight: 600;
    }
    .next {
      margin-block-end: calc(var(--_space) * 0.75);
      padding-block: calc(var(--_space) * 0.5);
      padding-inline: calc(var(--_space) * 0.75);
      border-inline-start: 0.3rem solid var(--_info);
      background: color-mix(in srgb, currentColor 6%, transparent);
    }
    .next[data-state='open'] {
      border-inline-start-color: var(--_success);
    }
    .next[data-state='none'] {
      border-inline-start-color: var(--_warning);
    }
    .next > p {
      margin-block-end: calc(var(--_space) * 0.5);
    }
    .next > :last-child {
      margin-block-end: 0;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.75em;
    }
    .tag {
      display: inline-block;
      padding-inline: 0.4em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.85em;
      line-height: 1.4;
      white-space: nowrap;
    }
    .closures {
      padding-inline-start: 1.25em;
      font-size: 0.95em;
    }
    .facts {
      display: grid;
      /* Never wider than the office: at large text an unbreakable phone link must not widen the column. */
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 0.5);
    }
    /* Side by side when there is room, one under the other in a narrow column: no media query, so it
       follows the widget's own width, not the window's. */
    .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
    }
    dt {
      flex: 0 0 7rem;
      font-weight: 600;
    }
    dd {
      flex: 1 1 14rem;
      margin: 0;
      min-inline-size: 0;
    }
    .line {
      display: block;
    }
    .contact,
    .series {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }
    a.fl-button {
      text-decoration: none;
      text-align: start;
    }
    .calendar-link,
    .call {
      font-size: 0.95em;
    }
    .icon {
      flex: none;
    }
    bdi {
      white-space: nowrap;
    }
    a.call:not(.fl-button) {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35em;
      min-block-size: 24px;
      margin-block-start: 0.25em;
    }
    .directions {
      display: inline-block;
      margin-block-start: 0.25em;
    }
    .week {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .week-title {
      margin: 0;
      font-weight: 600;
    }
    .week-nav {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }
    .week-nav > button {
      flex: 0 1 auto;
      padding-inline: 0.5em;
    }
    [part~='week-disclosure-content'] {
      padding-inline-start: 0;
    }
    .week-nav [aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .chevron {
      display: inline-block;
      inline-size: 0.5em;
      block-size: 0.5em;
      border-block-start: 0.15em solid currentColor;
      border-inline-end: 0.15em solid currentColor;
      transform: rotate(45deg);
    }
    .chevron:dir(rtl) {
      transform: rotate(-45deg);
    }
    .chevron--back {
      transform: rotate(-135deg);
    }
    .chevron--back:dir(rtl) {
      transform: rotate(135deg);
    }
    .days {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .day {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em var(--_space);
      padding-block: 0.4em;
      border-block-end: 1px solid var(--_border);
    }
    .day[aria-current='date'] {
      font-weight: 600;
    }
    .day[data-empty] {
      color: var(--_muted);
    }
    .day-name {
      flex: 0 0 17rem;
      max-inline-size: 100%;
    }
    .day-sessions {
      flex: 1 1 10rem;
      display: grid;
      gap: 0.4em;
      min-inline-size: 0;
    }
    .session {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }
    .session[data-past] {
      color: var(--_muted);
    }
    .checked {
      margin-block: calc(var(--_space) * 0.5) 0;
    }
    .empty,
    .more {
      margin-block-end: var(--_space);
    }
    @media (forced-colors: active) {
      .next {
        border: 1px solid CanvasText;
        border-inline-start-width: 0.3rem;
      }
    }
  `,
];
