import { FlElement } from '../base/fl-element.js';
import { PopoverController } from './popover.js';

/**
 * The base of the small elements that open a floating panel from a button (`<fl-term>`, `<fl-tip>`):
 * the popover wiring, `open`/`show()`/`hide()`, and the parts a page can style, exported under
 * `<exportPrefix>-trigger`, `-panel` and `-close`. The subclass renders `#trigger` and the panel.
 */
export abstract class FlPopoverElement extends FlElement {
  /** The prefix of the parts this element exports to the page (`term` gives `term-trigger`...). */
  protected abstract readonly exportPrefix: string;

  protected readonly floating = new PopoverController(this, () => {
    const trigger = this.renderRoot.querySelector<HTMLElement>('#trigger');
    const panel = this.renderRoot.querySelector<HTMLElement>('#panel');
    return trigger && panel ? { trigger, panel } : undefined;
  });

  /** True while the panel is shown. */
  get open(): boolean {
    return this.floating.open;
  }

  /** Shows the panel. */
  show(): void {
    this.floating.show();
  }

  /** Hides the panel. */
  hide(): void {
    this.floating.hide();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('exportparts')) {
      const p = this.exportPrefix;
      this.setAttribute('exportparts', `trigger: ${p}-trigger, panel: ${p}-panel, close: ${p}-close`);
    }
  }
}
