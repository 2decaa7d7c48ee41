import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { LiveAnnouncer } from '../../../src/components/controllers/live-announcer.js';
import { statusMessage, type StatusTone } from '../../../src/components/parts/status.js';
import { sharedStyles } from '../../../src/components/parts/styles.js';
import { defineElement } from '../../../src/define.js';

class FlTestStatus extends FlWidget {
  static override styles = sharedStyles;
  @property() message: string | undefined;
  @property() tone: StatusTone = 'info';
  @property({ type: Boolean, attribute: 'with-action' }) withAction = false;
  readonly announcer = new LiveAnnouncer(this, 20);
  override render() {
    return litHtml`${statusMessage(this.message, {
      tone: this.tone,
      action: this.withAction ? litHtml`<button class="fl-button" type="button">Try again</button>` : undefined,
    })}${this.announcer.render()}`;
  }
}
defineElement('fl-test-status', FlTestStatus);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-status': FlTestStatus;
  }
}

describe('status part', () => {
  it('keeps an empty live region in place until there is something to say', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status></fl-test-status>`);
    const live = el.shadowRoot!.querySelector('[part="status"] [role="status"]')!;
    expect(live).to.exist;
    expect(live.textContent!.trim()).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getBoundingClientRect().height).to.equal(0);
    el.message = 'The information could not be loaded.';
    await el.updateComplete;
    // The same node, now filled: screen readers announce the change.
    expect(el.shadowRoot!.querySelector('[part="status"] [role="status"]')).to.equal(live);
    expect(live.textContent).to.contain('The information could not be loaded.');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('puts the action outside the live region and shows a tone icon', async () => {
    const el = await fixture<FlTestStatus>(
      html`<fl-test-status message="Slow connection." tone="warning" with-action></fl-test-status>`,
    );
    const box = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(box.getAttribute('data-tone')).to.equal('warning');
    expect(box.querySelector('[role="status"] button')).to.equal(null);
    expect(box.querySelector('.fl-status__action button')!.textContent).to.equal('Try again');
    expect(box.querySelector('[role="status"] svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('is accessible in each tone, ltr and rtl', async () => {
    for (const lang of ['en', 'ar']) {
      for (const tone of ['info', 'success', 'warning', 'error'] as const) {
        const el = await fixture<FlTestStatus>(
          html`<fl-test-status lang=${lang} tone=${tone} message="Message" with-action></fl-test-status>`,
        );
        await expect(el).to.be.accessible();
      }
    }
  });

  it('lays the stripe on the start side: left in ltr, right in rtl', async () => {
    const ltr = await fixture<FlTestStatus>(html`<fl-test-status lang="en" message="x" tone="error"></fl-test-status>`);
    const rtl = await fixture<FlTestStatus>(html`<fl-test-status lang="ar" message="x" tone="error"></fl-test-status>`);
    const style = (el: FlTestStatus) => getComputedStyle(el.shadowRoot!.querySelector('[part="status"]')!);
    expect(style(ltr).borderLeftWidth).to.not.equal(style(ltr).borderRightWidth);
    expect(parseFloat(style(ltr).borderLeftWidth)).to.be.greaterThan(parseFloat(style(ltr).borderRightWidth));
    expect(parseFloat(style(rtl).borderRightWidth)).to.be.greaterThan(parseFloat(style(rtl).borderLeftWidth));
  });

  it('LiveAnnouncer writes the message into a hidden live region, and repeats it', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status></fl-test-status>`);
    const region = el.shadowRoot!.querySelector('.fl-visually-hidden[role="status"]')!;
    el.announcer.announce('12 services found');
    await el.updateComplete;
    expect(region.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 40));
    await el.updateComplete;
    expect(region.textContent).to.equal('12 services found');
    el.announcer.announce('12 services found');
    await el.updateComplete;
    expect(region.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 40));
    await el.updateComplete;
    expect(region.textContent).to.equal('12 services found');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
  });
});
