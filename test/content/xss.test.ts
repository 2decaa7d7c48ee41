import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, nothing, type TemplateResult } from 'lit';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { richText } from '../../src/components/parts/rich-text.js';
import { ContentController } from '../../src/content/controller.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { reintegrationDataset } from '../../src/content/schema/reintegration.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { defineElement } from '../../src/define.js';
import { baseFor, fast, setScenario, uniqueKey, until } from './helpers.js';

/** Renders every string of both datasets twice: as plain text and as rich text, as elements may. */
function everything(value: unknown): (TemplateResult | string)[] {
  if (typeof value === 'string') return [litHtml`<div class="plain">${value}</div><div class="rich">${richText(value)}</div>`];
  if (Array.isArray(value)) return value.flatMap(everything);
  if (value && typeof value === 'object') return Object.values(value).flatMap(everything);
  return [];
}

class FlTestEverything extends FlWidget {
  readonly procedures = new ContentController(this, proceduresDataset);
  readonly reintegration = new ContentController(this, reintegrationDataset);
  override render() {
    return litHtml`${this.procedures.data ? everything(this.procedures.data) : nothing}${
      this.reintegration.data ? everything(this.reintegration.data) : nothing
    }`;
  }
}
defineElement('fl-test-everything', FlTestEverything);

describe('content is data, never markup', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('renders <img onerror>, <script> and javascript: links in every string field as text', async () => {
    const key = uniqueKey();
    await setScenario(key, 'xss');
    const el = await fixture<FlTestEverything>(html`<fl-test-everything content-base=${baseFor(key)}></fl-test-everything>`);
    await until(() => el.procedures.status === 'ready' && el.reintegration.status === 'ready', 3000, 'both datasets');
    await el.updateComplete;
    // Nothing was dropped: poisoned text is still valid text, so it reaches the screen.
    expect(el.procedures.dropped).to.deep.equal([]);
    const root = el.shadowRoot!;
    const poisoned = [...root.querySelectorAll('.plain')].filter((node) => node.textContent.includes('<img src=x onerror='));
    expect(poisoned.length).to.be.greaterThan(20);
    expect(root.querySelector('img, script, iframe, object, embed')).to.equal(null);
    expect(root.querySelector('a[href^="javascript:" i]')).to.equal(null);
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __flXss?: number }).__flXss).to.equal(undefined);
  });
});
