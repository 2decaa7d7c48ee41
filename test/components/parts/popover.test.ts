import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/parts/term.define.js';
import '../../../src/components/parts/tip.define.js';
import type { FlTerm } from '../../../src/components/parts/term.js';
import type { FlTip } from '../../../src/components/parts/tip.js';

/** The focused element, inside open shadow roots (`document.activeElement` stops at the host). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const parts = (el: FlTerm | FlTip) => {
  const root = el.shadowRoot!;
  return {
    trigger: root.querySelector<HTMLButtonElement>('[part="trigger"]')!,
    panel: root.querySelector<HTMLElement>('[part="panel"]')!,
    close: root.querySelector<HTMLButtonElement>('[part="close"]')!,
  };
};
const isShown = (panel: HTMLElement) => !panel.hidden && panel.getClientRects().length > 0;
// The controller is private; its `tracking` flag tells whether floating-ui's autoUpdate runs.
const tracking = (el: FlTerm | FlTip) => (el as unknown as { floating: { tracking: boolean } }).floating.tracking;

async function termIn(dir: 'ltr' | 'rtl', lang = dir === 'rtl' ? 'ar' : 'en') {
  const wrapper = await fixture<HTMLElement>(html`
    <div dir=${dir} lang=${lang} style="padding: 40px 200px">
      <p>
        You need a
        <fl-term definition="A card that says you may live in Belgium.">residence permit</fl-term>
        to work.
      </p>
      <button id="after">Next</button>
    </div>
  `);
  const el = wrapper.querySelector('fl-term')!;
  await el.updateComplete;
  return { wrapper, el };
}

const floatingUIFetched = () => performance.getEntriesByType('resource').some((entry) => /floating-ui/.test(entry.name));

describe('popover part (fl-term, fl-tip)', () => {
  it('opens on click next to the word, in the top layer, with autoUpdate running', async () => {
    const { el } = await termIn('ltr');
    const { trigger, panel } = parts(el);
    expect(floatingUIFetched(), 'floating-ui waits for the first opening').to.equal(false);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panel)).to.equal(false);
    trigger.click();
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.matches(':popover-open')).to.equal(true);
    await waitUntil(() => tracking(el), 'autoUpdate starts');
    expect(floatingUIFetched()).to.equal(true);
    await waitUntil(() => panel.style.top !== '' && panel.style.visibility === '', 'positioned and shown');
    const t = trigger.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    expect(p.top).to.be.closeTo(t.bottom + 6, 1.5);
    expect(p.left).to.be.closeTo(t.left, 1.5);
    expect(panel.textContent).to.contain('A card that says you may live in Belgium.');
  });

  it('opens from the keyboard and closes with Escape, focus back on the word', async () => {
    const { el } = await termIn('ltr');
    const { trigger, panel } = parts(el);
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await waitUntil(() => panel.style.visibility === '' && panel.style.top !== '', 'shown');
    await sendKeys({ press: 'Tab' }); // into the panel: its close button
    expect(deepActiveElement()).to.equal(parts(el).close);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(isShown(panel)).to.equal(false);
    expect(tracking(el)).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
  });

  it('closes with its close button, which says "Close" in the reader’s language', async () => {
    const { el } = await termIn('ltr', 'nl');
    const { trigger, close } = parts(el);
    trigger.click();
    await el.updateComplete;
    expect(close.getAttribute('aria-label')).to.equal('Sluiten');
    close.focus();
    close.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger);
  });

  it('closes on a click outside and when focus leaves it', async () => {
    const { wrapper, el } = await termIn('ltr');
    parts(el).trigger.click();
    await el.updateComplete;
    await sendMouse({ type: 'click', position: [5, 5] });
    await el.updateComplete;
    expect(el.open).to.equal(false);

    parts(el).trigger.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(tracking(el)).to.equal(false);
  });

  it('follows its word when the page moves (autoUpdate) and stops when removed', async () => {
    const { wrapper, el } = await termIn('ltr');
    const { trigger, panel } = parts(el);
    trigger.click();
    await waitUntil(() => panel.style.top !== '', 'positioned');
    const before = panel.getBoundingClientRect().top;
    const spacer = document.createElement('div');
    spacer.style.blockSize = '100px';
    wrapper.prepend(spacer);
    await waitUntil(() => Math.abs(panel.getBoundingClientRect().top - (before + 100)) < 1.5, 'panel moved with the word');
    el.remove();
    expect(tracking(el)).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('aligns with the start of the word in right-to-left text', async () => {
    const { el } = await termIn('rtl');
    const { trigger, panel } = parts(el);
    expect(getComputedStyle(panel).direction).to.equal('rtl');
    trigger.click();
    await waitUntil(() => panel.style.top !== '', 'positioned');
    const t = trigger.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    expect(p.right).to.be.closeTo(t.right, 1.5);
    expect(parts(el).close.getAttribute('aria-label')).to.equal('إغلاق');
  });

  it('stays inside a 320 px wide screen', async () => {
    const { el } = await termIn('ltr');
    const { trigger, panel } = parts(el);
    el.definition = 'A long explanation '.repeat(30);
    await el.updateComplete;
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 320, height: 640 });
    try {
      trigger.click();
      await waitUntil(() => panel.style.top !== '', 'positioned');
      await new Promise((r) => requestAnimationFrame(r));
      const p = panel.getBoundingClientRect();
      expect(p.left).to.be.at.least(7);
      expect(p.right).to.be.at.most(313);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible closed and open, in ltr and rtl', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { wrapper, el } = await termIn(dir);
      await expect(wrapper).to.be.accessible();
      parts(el).trigger.click();
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    }
  });

  it('fl-tip: an “i” button with a name, a tip, targets of at least 24 px', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
      <p>Permanences ICAM <fl-tip>Sans rendez-vous, le mercredi matin.</fl-tip></p>
      <p><fl-tip label="À propos des permanences">Texte.</fl-tip></p>
    </div>`);
    const [tip, named] = [...wrapper.querySelectorAll('fl-tip')];
    await tip!.updateComplete;
    await named!.updateComplete;
    const { trigger, panel } = parts(tip!);
    expect(trigger.getAttribute('aria-label')).to.equal('Plus d’informations');
    expect(parts(named!).trigger.getAttribute('aria-label')).to.equal('À propos des permanences');
    const box = trigger.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    trigger.click();
    await tip!.updateComplete;
    expect(isShown(panel)).to.equal(true);
    const close = parts(tip!).close.getBoundingClientRect();
    expect(close.width).to.be.at.least(24);
    expect(close.height).to.be.at.least(24);
    await expect(wrapper).to.be.accessible();
    // Opening one tip and then another: the first closes (a click outside it).
    await sendMouse({
      type: 'click',
      position: [Math.round(parts(named!).trigger.getBoundingClientRect().x + 5), Math.round(parts(named!).trigger.getBoundingClientRect().y + 5)],
    });
    await named!.updateComplete;
    expect(named!.open).to.equal(true);
    expect(tip!.open).to.equal(false);
  });

  it('exports its parts to the widget that holds it', async () => {
    const { el } = await termIn('ltr');
    expect(el.getAttribute('exportparts')).to.contain('panel: term-panel');
  });
});
