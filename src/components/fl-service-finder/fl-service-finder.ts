/**
 * The entry of <fl-service-finder>: importing this module defines the tag. The class lives in
 * ./fl-service-finder.component.ts, which has no side effects (see ARCHITECTURE.md, "The element skeleton").
 */
import { defineElement } from '../../define.js';
import { FlServiceFinder } from './fl-service-finder.component.js';

export { FlServiceFinder };

defineElement('fl-service-finder', FlServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'fl-service-finder': FlServiceFinder;
  }
}
