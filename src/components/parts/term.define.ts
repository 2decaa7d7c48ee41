/**
 * Registers `<fl-term>`. Kept apart from the class so that importing the class registers no tag: an
 * element that uses `<fl-term>` imports this file when it needs the tag.
 */
import { defineElement } from '../../define.js';
import { FlTerm } from './term.js';

defineElement('fl-term', FlTerm);

declare global {
  interface HTMLElementTagNameMap {
    'fl-term': FlTerm;
  }
}
