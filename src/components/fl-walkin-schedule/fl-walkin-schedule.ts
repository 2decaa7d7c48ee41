/**
 * The entry of <fl-walkin-schedule>: importing this module defines the tag. The class lives in
 * ./fl-walkin-schedule.component.ts, which has no side effects (see ARCHITECTURE.md, "The element skeleton").
 */
import { defineElement } from '../../define.js';
import { FlWalkinSchedule } from './fl-walkin-schedule.component.js';

export { FlWalkinSchedule };

defineElement('fl-walkin-schedule', FlWalkinSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'fl-walkin-schedule': FlWalkinSchedule;
  }
}
