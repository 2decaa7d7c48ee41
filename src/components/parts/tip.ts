import { css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { popoverPanel, popoverStyles } from './popover.js';
import { FlPopoverElement } from './popover-element.js';
import { baseStyles, tokens } from './styles.js';

const infoIcon = svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="9.2"/><path d="M12 10.5v6.5M12 7v.5"/></g></svg>`;

/**
 * A small "i" button that shows a tip in a floating panel: extra help that not every reader needs.
 * Escape or the close button hides it. Internal part of the widgets.
 *
 * ```ts
 * html`<fl-tip label=${msg('About walk-in moments', { id: 'walkin.tip-label' })}>${tipText}</fl-tip>`
 * ```
 *
 * @tagname fl-tip
 * @summary An information button with a tip in a floating panel.
 * @slot - The tip.
 * @csspart trigger - The "i" button. Exported to the widget as `tip-trigger`.
 * @csspart panel - The floating panel. Exported as `tip-panel`.
 * @csspart close - The panel's close button. Exported as `tip-close`.
 */
export class FlTip extends FlPopoverElement {
  static override styles = [
    tokens,
    baseStyles,
    popoverStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      .fl-tip__trigger {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        inline-size: max(24px, 1.6em);
        block-size: max(24px, 1.6em);
        margin: 0;
        padding: 0;
        border: 1px solid transparent;
        border-radius: 50%;
        background: none;
        color: var(--_accent);
        cursor: pointer;
      }
      .fl-tip__trigger:hover,
      .fl-tip__trigger[aria-expanded='true'] {
        border-color: currentColor;
      }
    `,
  ];

  /** What the button says to screen readers ("About walk-in moments"); default "More information". */
  @property()
  label = '';

  protected readonly exportPrefix = 'tip';

  override render() {
    const open = this.floating.open;
    return html`<button
        id="trigger"
        type="button"
        class="fl-tip__trigger"
        part="trigger"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel"
        aria-label=${this.label || msg('More information', { id: 'parts.tip.label' })}
        @click=${() => this.floating.toggle()}
      >
        ${infoIcon}</button
      >${popoverPanel(this.floating, html`<slot></slot>`)}`;
  }
}
