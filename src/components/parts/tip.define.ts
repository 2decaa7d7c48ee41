/**
 * Registers `<fl-tip>`. Kept apart from the class so that importing the class registers no tag: an
 * element that uses `<fl-tip>` imports this file when it needs the tag.
 */
import { defineElement } from '../../define.js';
import { FlTip } from './tip.js';

defineElement('fl-tip', FlTip);

declare global {
  interface HTMLElementTagNameMap {
    'fl-tip': FlTip;
  }
}
