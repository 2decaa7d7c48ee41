import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { disclosure } from '../../../src/components/parts/disclosure.js';
import { sharedStyles } from '../../../src/components/parts/styles.js';
import { defineElement } from '../../../src/define.js';

class FlTestDisclosure extends FlWidget {
  static override styles = sharedStyles;
  toggles: boolean[] = [];
  override render() {
    return litHtml`${disclosure({
      summary: 'Documents to bring',
      content: litHtml`<p>Your passport, if you have one.</p>`,
      onToggle: (open) => this.toggles.push(open),
    })}`;
  }
}
defineElement('fl-test-disclosure', FlTestDisclosure);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-disclosure': FlTestDisclosure;
  }
}

const get = (el: FlTestDisclosure) => ({
  details: el.shadowRoot!.querySelector('details')!,
  summary: el.shadowRoot!.querySelector('summary')!,
  content: el.shadowRoot!.querySelector('[part="disclosure-content"]')!,
  marker: el.shadowRoot!.querySelector('.fl-disclosure__marker')!,
});
const nextToggle = (details: HTMLDetailsElement) => new Promise((r) => details.addEventListener('toggle', r, { once: true }));

describe('disclosure part', () => {
  it('opens and closes with Enter and Space, and reports each change', async () => {
    const el = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="en"></fl-test-disclosure>`);
    const { details, summary, content } = get(el);
    expect(content.checkVisibility()).to.equal(false);
    summary.focus();
    let toggled = nextToggle(details);
    await sendKeys({ press: 'Enter' });
    await toggled;
    expect(details.open).to.equal(true);
    expect(content.checkVisibility()).to.equal(true);
    toggled = nextToggle(details);
    await sendKeys({ press: 'Space' });
    await toggled;
    expect(details.open).to.equal(false);
    expect(el.toggles).to.deep.equal([true, false]);
  });

  it('has a summary at least 24 px high', async () => {
    const el = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="en"></fl-test-disclosure>`);
    expect(get(el).summary.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('points its marker to the reading direction: mirrored in Arabic', async () => {
    const ltr = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="en"></fl-test-disclosure>`);
    const rtl = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="ar"></fl-test-disclosure>`);
    const angle = (el: FlTestDisclosure) => {
      const m = new DOMMatrix(getComputedStyle(get(el).marker).transform);
      return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
    };
    expect(angle(ltr)).to.equal(-45);
    expect(angle(rtl)).to.equal(45);
    // The arrow's corner points right in ltr and left in rtl: the visible borders sit on opposite sides.
    expect(getComputedStyle(get(ltr).marker).borderRightWidth).to.not.equal('0px');
    expect(getComputedStyle(get(rtl).marker).borderLeftWidth).to.not.equal('0px');
  });

  it('does not animate with reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="en"></fl-test-disclosure>`);
      expect(parseFloat(getComputedStyle(get(el).marker).transitionDuration)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang="en"></fl-test-disclosure>`);
    expect(parseFloat(getComputedStyle(get(el).marker).transitionDuration)).to.be.above(0.1);
  });

  it('is accessible closed and open, ltr and rtl', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await fixture<FlTestDisclosure>(html`<fl-test-disclosure lang=${lang}></fl-test-disclosure>`);
      await expect(el).to.be.accessible();
      get(el).details.open = true;
      await expect(el).to.be.accessible();
    }
  });
});
