import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { heading } from '../../src/components/parts/heading.js';
import { defineElement } from '../../src/define.js';

class FlTestHeading extends FlWidget {
  override render() {
    return litHtml`${heading(this.level(), 'Walk-in moments')}
      <p>Every Wednesday morning.</p>${heading(this.level(1), 'Brussels', 'subheading')}`;
  }
}
defineElement('fl-test-heading', FlTestHeading);

describe('FlWidget', () => {
  it('renders its main heading at level 2 by default and sub-headings one below', async () => {
    const el = await fixture<FlTestHeading>(html`<fl-test-heading></fl-test-heading>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).to.equal('Walk-in moments');
    expect(root.querySelector('h3')?.getAttribute('part')).to.equal('subheading');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level and clamps it to 1..6', async () => {
    const el = await fixture<FlTestHeading>(html`<fl-test-heading heading-level="4"></fl-test-heading>`);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(el.shadowRoot!.querySelector('h5')).to.exist;
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h6')).to.have.length(2);
  });

  it('has a live accessibility check (axe reports a missing alt text)', async () => {
    // eslint-disable-next-line lit-a11y/alt-text -- the missing alt is the point: axe must report it
    const el = await fixture(html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`);
    await expect(el).not.to.be.accessible();
  });
});
