import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';

/**
 * The thin base every frontline-widgets element extends: it carries the library version (read by the
 * guarded define to name both versions when a tag is defined twice) and the `heading-level` attribute.
 */
export class FlElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * Level (1 to 6) of the widget's main heading, so the widget fits the host page's outline;
   * sub-headings use the next level.
   */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  /** The heading level clamped to 1..6, plus `offset` (0 for the main heading, 1 for sub-headings). */
  protected level(offset = 0): number {
    const base = Number.isFinite(this.headingLevel) ? Math.round(this.headingLevel) : 2;
    return Math.min(6, Math.max(1, base + offset));
  }
}
