import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { contentStatus, contentStatusStyles, type ContentStatusView } from '../../../src/components/parts/content-status.js';
import { tokenNames } from '../../../src/components/parts/styles.js';
import { configureContent, type ContentOptions } from '../../../src/content/store.js';
import { defineElement } from '../../../src/define.js';
import { baseFor, captureWarnings, fast, setScenario, storeFor, uniqueKey, until } from '../../content/helpers.js';
import { titles, type FlTestProcedures } from '../../content/test-element.js';
import { proceduresDataset } from '../../../src/content/schema/procedures.js';

/** Renders contentStatus() for a given view, for states that need no network. */
class FlTestStatus extends LitElement {
  static override styles = [contentStatusStyles];
  @property({ attribute: false }) view!: ContentStatusView;
  override render() {
    return litHtml`${contentStatus(this.view, { locale: 'en-GB' })}`;
  }
}
defineElement('fl-test-status', FlTestStatus);

/** The same in a base element that passes no locale: the date follows the element's language. */
class FlTestStatusLocalized extends FlWidget {
  static override styles = [contentStatusStyles];
  @property({ attribute: false }) view!: ContentStatusView;
  override render() {
    return litHtml`${contentStatus(this.view)}`;
  }
}
defineElement('fl-test-status-localized', FlTestStatusLocalized);

const view = (patch: Partial<ContentStatusView>): ContentStatusView => ({
  status: 'ready',
  stale: false,
  updated: '2026-11-20',
  example: false,
  slow: false,
  error: undefined,
  retry: () => {},
  ...patch,
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('content states part', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('reserves space while loading, and says the connection is slow after the slow threshold', async () => {
    const key = uniqueKey();
    await setScenario(key, 'stall');
    // A long timeout: axe alone can take seconds on a busy machine, and the notice must still be there after it.
    configureContent({ slowMs: 150, timeoutMs: 20000 });
    const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(key)}></fl-test-procedures>`);
    configureContent(fast);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading information…');
    expect(loading.getBoundingClientRect().height).to.be.at.least(12 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(part(el, 'slow-notice')).to.equal(null);
    await expect(el).to.be.accessible();
    await until(() => part(el, 'slow-notice') !== null, 1000, 'the slow notice');
    expect(part(el, 'slow-notice')!.textContent).to.contain('The connection is slow');
    expect(loading.contains(part(el, 'slow-notice')), 'inside the status region').to.equal(true);
    el.remove();
  });

  it('shows an error with a retry button and the host fallback, and retries on click', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const { result: el } = await captureWarnings(async () => {
      const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(key)}>
        <p slot="fallback">Call the town hall on weekdays.</p>
      </fl-test-procedures>`);
      await until(() => el.content.status === 'error', 2000, 'the error');
      await el.updateComplete;
      return el;
    });
    const error = part(el, 'error')!;
    // A host answering 503: not the reader's connection, and the page tries again by itself.
    expect(error.querySelector('[role="alert"]')!.textContent).to.contain(
      'The information service is not answering at the moment. This page will try again by itself.',
    );
    const slot = error.querySelector<HTMLSlotElement>('slot[name="fallback"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Call the town hall on weekdays.']);
    expect(slot.assignedElements()[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await setScenario(key, 'ok');
    const retry = part(el, 'retry') as HTMLButtonElement;
    expect(retry.textContent.trim()).to.equal('Try again');
    retry.click();
    await until(() => el.content.status === 'ready', 2000, 'ready after retry');
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(titles(el)).to.have.length(3);
  });

  it('says when shown content could not be refreshed, with its last-updated date', async () => {
    const key = uniqueKey();
    await storeFor(key).load(proceduresDataset);
    await setScenario(key, 'fail');
    const { result: el } = await captureWarnings(async () => {
      const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(key)}></fl-test-procedures>`);
      await until(() => el.content.stale, 2000, 'stale');
      await el.updateComplete;
      return el;
    });
    expect(titles(el)).to.have.length(3);
    const notice = part(el, 'stale-notice')!;
    expect(notice.textContent.replace(/\s+/g, ' ')).to.contain('could not be refreshed and may be out of date. Last updated: 20 November 2026.');
    await expect(el).to.be.accessible();
    await setScenario(key, 'ok');
    (notice.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await until(() => !el.content.stale, 2000, 'fresh');
    await el.updateComplete;
    expect(part(el, 'stale-notice')).to.equal(null);
  });

  it('marks example content as such', async () => {
    const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(uniqueKey())}></fl-test-procedures>`);
    await until(() => el.content.status === 'ready', 2000);
    await el.updateComplete;
    expect(part(el, 'example-notice')!.textContent).to.contain('Example content: check every fact');
    await expect(el).to.be.accessible();
  });

  it('renders only what each state needs', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status .view=${view({})}></fl-test-status>`);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'nothing for fresh live content').to.equal(0);
    el.view = view({ status: 'error', error: { reason: 'offline' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('Check your internet connection');
    for (const reason of ['network', 'timeout', 'http', 'not-json'] as const) {
      el.view = view({ status: 'error', error: { reason } });
      await el.updateComplete;
      expect(part(el, 'error')!.textContent, reason).to.contain('The information service is not answering').and.not.contain('internet connection');
    }
    el.view = view({ status: 'error', error: { reason: 'integrity' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('The information could not be checked').and.contain('try again by itself');
    // The library's own code did not load: some browsers' retries of that module fail until the page reloads.
    el.view = view({ status: 'error', error: { reason: 'code' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('This part could not be loaded').and.contain('then reload the page');
    el.view = view({ status: 'error', error: { reason: 'schema-major' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('published for another version of this widget');
    el.view = view({ status: 'error', error: { reason: 'invalid' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('contains errors');
    el.view = view({ status: 'error', error: { reason: 'missing' } });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('Please try again later');
    el.view = view({ stale: true, example: true });
    await el.updateComplete;
    expect(part(el, 'stale-notice')).to.exist;
    expect(part(el, 'example-notice')).to.exist;
  });

  it('shows how much of a large first download has come, instead of the slow notice, without announcing each step', async () => {
    const el = await fixture<FlTestStatus>(
      html`<fl-test-status .view=${view({ status: 'loading', slow: true, progress: { received: 250_000, total: 550_000 } })}></fl-test-status>`,
    );
    const loading = part(el, 'loading')!;
    expect(loading.textContent.replace(/\s+/g, ' ')).to.contain('Downloading the information: 250 kB of 550 kB.');
    expect(part(el, 'slow-notice'), 'bytes arrive: not "slow"').to.equal(null);
    const bar = loading.querySelector('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([250_000, 550_000]);
    expect(loading.querySelector('.fl-progress')!.getAttribute('aria-live')).to.equal('off');
    await expect(el).to.be.accessible();
    el.view = view({ status: 'loading', slow: true, progress: { received: 180_000, total: undefined } });
    await el.updateComplete;
    expect(loading.textContent.replace(/\s+/g, ' ')).to.contain('Downloading the information: 180 kB so far.');
    // A small file says nothing of its bytes.
    el.view = view({ status: 'loading', slow: true, progress: { received: 8_000, total: 12_000 } });
    await el.updateComplete;
    expect(part(el, 'loading')!.textContent).not.to.contain('Downloading');
    expect(part(el, 'slow-notice')).to.exist;
  });

  it('lays out right to left with logical properties', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status dir="rtl" .view=${view({ stale: true })}></fl-test-status>`);
    const notice = part(el, 'stale-notice')!;
    const style = getComputedStyle(notice);
    expect(parseFloat(style.borderRightWidth), 'the stripe at the inline start, on the right').to.be.greaterThan(
      parseFloat(style.borderLeftWidth) + 2,
    );
    await expect(el).to.be.accessible();
  });

  it('uses the shared tokens: warning, error and info stripes, muted loading text, the space it reserves', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div
      style="color: rgb(10, 20, 30); --fl-color-warning: rgb(200, 100, 0); --fl-color-error: rgb(180, 0, 0); --fl-color-info: rgb(0, 0, 160);
        --fl-color-muted: rgb(90, 90, 90); --fl-content-min-block-size: 20rem"
    >
      <fl-test-status .view=${view({ stale: true, example: true })}></fl-test-status>
      <fl-test-status .view=${view({ status: 'error', error: { reason: 'http' } })}></fl-test-status>
      <fl-test-status .view=${view({ status: 'loading', slow: true, updated: undefined })}></fl-test-status>
    </div>`);
    const [ready, error, loading] = [...wrapper.querySelectorAll('fl-test-status')];
    const stripe = (node: Element) => getComputedStyle(node).borderInlineStartColor;
    expect(stripe(part(ready!, 'stale-notice')!)).to.equal('rgb(200, 100, 0)');
    expect(stripe(part(ready!, 'example-notice')!)).to.equal('rgb(0, 0, 160)');
    expect(stripe(part(error!, 'error')!.querySelector('.fl-status')!)).to.equal('rgb(180, 0, 0)');
    expect(stripe(part(loading!, 'slow-notice')!)).to.equal('rgb(200, 100, 0)');
    expect(getComputedStyle(part(loading!, 'loading')!).color).to.equal('rgb(90, 90, 90)');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(part(loading!, 'loading')!.getBoundingClientRect().height).to.be.at.least(20 * rem);
    for (const el of [ready!, error!, loading!]) await expect(el).to.be.accessible();
  });

  it('retries with the shared button, which follows --fl-color-accent and keeps the target size', async () => {
    const el = await fixture<FlTestStatus>(html`<fl-test-status
      style="--fl-color-accent: rgb(0, 79, 159); --fl-radius: 7px"
      .view=${view({ status: 'error', error: { reason: 'network' } })}
    ></fl-test-status>`);
    const retry = part(el, 'retry') as HTMLButtonElement;
    expect(retry.classList.contains('fl-button')).to.equal(true);
    const style = getComputedStyle(retry);
    expect(style.borderTopColor).to.equal('rgb(0, 79, 159)');
    expect(style.color).to.equal('rgb(0, 79, 159)');
    expect(style.borderTopLeftRadius).to.equal('7px');
    expect(retry.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('uses no undocumented --fl-* token', () => {
    const text = [contentStatusStyles]
      .flat(Infinity as 1)
      .map((s) => (s as { cssText: string }).cssText)
      .join('\n');
    const used = new Set(text.match(/--fl-[a-z-]+/g));
    expect(used.size).to.be.greaterThan(10);
    expect([...used].filter((name) => !(tokenNames as string[]).includes(name))).to.deep.equal([]);
  });

  it('writes the last-updated date in the element’s own language when no locale is passed', async () => {
    const stale = view({ stale: true, updated: '2026-11-20' });
    const text = (el: Element) => part(el, 'stale-notice')!.textContent.replace(/\s+/g, ' ');
    const fr = await fixture<FlTestStatusLocalized>(html`<fl-test-status-localized lang="fr" .view=${stale}></fl-test-status-localized>`);
    await until(() => text(fr).includes('novembre'), 2000, 'the French notice');
    expect(text(fr)).to.contain('20 novembre 2026');
    const en = await fixture<FlTestStatusLocalized>(html`<fl-test-status-localized lang="en" .view=${stale}></fl-test-status-localized>`);
    expect(text(en)).to.contain('Last updated: 20 November 2026.');
    const ar = await fixture<FlTestStatusLocalized>(html`<fl-test-status-localized lang="ar" .view=${stale}></fl-test-status-localized>`);
    await until(() => text(ar).includes('نوفمبر'), 2000, 'the Arabic notice');
    expect(text(ar)).to.contain('20 نوفمبر 2026');
    expect(ar.getAttribute('dir')).to.equal('rtl');
    await expect(ar).to.be.accessible();
  });
});
