/**
 * The entry of <fl-reintegration-cards>: importing this module defines the tag. The class lives in
 * ./fl-reintegration-cards.component.ts, which has no side effects (see ARCHITECTURE.md, "The element skeleton").
 */
import { defineElement } from '../../define.js';
import { FlReintegrationCards } from './fl-reintegration-cards.component.js';

export { FlReintegrationCards };

defineElement('fl-reintegration-cards', FlReintegrationCards);

declare global {
  interface HTMLElementTagNameMap {
    'fl-reintegration-cards': FlReintegrationCards;
  }
}
