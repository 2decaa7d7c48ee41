// A minimal element built the way the real ones are (a ContentController, the content states part, the
// data), for tests of the content layer.
import { html, nothing } from 'lit';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { contentStatus, contentStatusStyles } from '../../src/components/parts/content-status.js';
import { ContentController } from '../../src/content/controller.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { defineElement } from '../../src/define.js';

export class FlTestProcedures extends FlWidget {
  static override styles = [contentStatusStyles];
  readonly content = new ContentController(this, proceduresDataset);
  override render() {
    const c = this.content;
    return html`${contentStatus(c, { locale: 'en-GB' })}${
      c.data ? html`<ul>${c.data.procedures.map((p) => html`<li>${p.title.en}</li>`)}</ul>` : nothing
    }`;
  }
}
defineElement('fl-test-procedures', FlTestProcedures);

declare global {
  interface HTMLElementTagNameMap {
    'fl-test-procedures': FlTestProcedures;
  }
}

/** The visible titles of the procedures an FlTestProcedures shows. */
export const titles = (el: FlTestProcedures) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
