import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { textDirection } from '../../i18n/direction.js';
import { popoverPanel, popoverStyles } from './popover.js';
import { FlPopoverElement } from './popover-element.js';
import { baseStyles, tokens } from './styles.js';

/**
 * A word in a text with its explanation in a small floating panel (a glossary term): the word is a
 * button, underlined with dots; pressing it shows the explanation next to it, Escape or the close button
 * hides it. Internal part of the widgets; each widget renders it in its own shadow root.
 *
 * ```ts
 * html`You need a <fl-term .definition=${def.text} .definitionLang=${def.lang}>${term}</fl-term>.`
 * ```
 *
 * @tagname fl-term
 * @summary A word with its explanation in a floating panel.
 * @slot - The word, as it appears in the text.
 * @slot definition - The explanation, when it needs markup; otherwise set `definition`.
 * @csspart trigger - The word (a button). Exported to the widget as `term-trigger`.
 * @csspart panel - The floating panel. Exported as `term-panel`.
 * @csspart close - The panel's close button. Exported as `term-close`.
 */
export class FlTerm extends FlPopoverElement {
  static override styles = [
    tokens,
    baseStyles,
    popoverStyles,
    css`
      :host {
        display: inline;
      }
      .fl-term__trigger {
        display: inline;
        margin: 0;
        padding: 0;
        border: 0;
        background: none;
        font: inherit;
        color: inherit;
        text-align: inherit;
        text-decoration-line: underline;
        text-decoration-style: dotted;
        text-decoration-thickness: 0.1em;
        text-underline-offset: 0.2em;
        cursor: help;
      }
      .fl-term__trigger[aria-expanded='true'] {
        text-decoration-style: solid;
      }
    `,
  ];

  /** The explanation, plain text (used when nothing is in the `definition` slot). */
  @property()
  definition = '';

  /** The language of the explanation when it differs from the widget's (a content fallback). */
  @property({ attribute: 'definition-lang' })
  definitionLang: string | undefined;

  protected readonly exportPrefix = 'term';

  override render(): TemplateResult {
    const open = this.floating.open;
    return html`<button
        id="trigger"
        type="button"
        class="fl-term__trigger"
        part="trigger"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.floating.toggle()}
      ><slot></slot></button
      >${popoverPanel(this.floating, html`<slot name="definition">${this.definition}</slot>`, {
        lang: this.definitionLang,
        dir: this.definitionLang ? textDirection(this.definitionLang) : undefined,
      })}`;
  }
}
