import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { LiveAnnouncer } from '../../../src/components/controllers/live-announcer.js';
import { statusIcon, type StatusTone } from '../../../src/components/parts/status.js';
import { sharedStyles } from '../../../src/components/parts/styles.js';
import { defineElement } from '../../../src/define.js';

class FlTestStatus extends FlWidget {
  static override styles = sharedStyles;
  @property() message: string | undefined;
  @property() tone: StatusTone = 'info';
  readonly announcer = new LiveAnnouncer(this, 20);
  // A box as the content status part builds them.
  override render() {
    return litHtml`${
      this.message
        ? litHtml`<div class="fl-status" part="status" data-tone=${this.tone}>
          <div class="fl-status__live" role="status">${statusIcon(this.tone)}<p class="fl-status__text">${this.message}</p></div>
          <div class="fl-status__action"><button class="fl-button" type="button">Try again</button></div>
        </div>`
        : ''
    }${this.announcer.render()}`;
  }
}
defineElement('fl-test-status', FlTestStatus);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-status': FlTestStatus;
  }
}

describe('status boxes and the live announcer', () => {
  it('shows a decorative tone icon', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status message="Slow connection." tone="warning"></fl-test-status>`);
    const box = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(box.getAttribute('data-tone')).to.equal('warning');
    expect(box.querySelector('[role="status"] svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('is accessible in each tone, ltr and rtl', async () => {
    for (const lang of ['en', 'ar']) {
      for (const tone of ['info', 'success', 'warning', 'error'] as const) {
        const el = await fixture<FlTestStatus>(html`<fl-test-status lang=${lang} tone=${tone} message="Message"></fl-test-status>`);
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
