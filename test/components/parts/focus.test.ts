import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  containsFocus,
  deepActiveElement,
  directionOf,
  isActivationKey,
  keyToStep,
  moveFocus,
  rovingKeydown,
  setRovingTabindex,
  stepIndex,
  tabbables,
} from '../../../src/components/parts/focus.js';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...extra });

describe('focus and keyboard helpers', () => {
  it('keyToStep follows the reading direction for left and right arrows', () => {
    expect(keyToStep(key('ArrowRight'), 'ltr')).to.equal('next');
    expect(keyToStep(key('ArrowRight'), 'rtl')).to.equal('previous');
    expect(keyToStep(key('ArrowLeft'), 'rtl')).to.equal('next');
    expect(keyToStep(key('ArrowDown'), 'rtl', 'horizontal')).to.equal(undefined);
    expect(keyToStep(key('ArrowRight'), 'ltr', 'vertical')).to.equal(undefined);
    expect(keyToStep(key('Home'))).to.equal('first');
    expect(keyToStep(key('End'))).to.equal('last');
    expect(keyToStep(key('ArrowDown', { altKey: true }))).to.equal(undefined);
    expect(keyToStep(key('a'))).to.equal(undefined);
  });

  it('stepIndex wraps or stops at the ends', () => {
    expect(stepIndex(2, 3, 'next')).to.equal(0);
    expect(stepIndex(2, 3, 'next', false)).to.equal(2);
    expect(stepIndex(0, 3, 'previous')).to.equal(2);
    expect(stepIndex(0, 3, 'previous', false)).to.equal(0);
    expect(stepIndex(1, 3, 'last')).to.equal(2);
    expect(stepIndex(0, 0, 'next')).to.equal(-1);
  });

  it('isActivationKey is true for Enter and Space only', () => {
    expect(isActivationKey({ key: 'Enter' })).to.equal(true);
    expect(isActivationKey({ key: ' ' })).to.equal(true);
    expect(isActivationKey({ key: 'Escape' })).to.equal(false);
  });

  it('rovingKeydown moves through a row of buttons with real keys, mirrored in rtl', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const group = await fixture<HTMLElement>(
        html`<div dir=${dir}><button>Brussels</button><button>Liège</button><button>Antwerp</button></div>`,
      );
      const items = [...group.querySelectorAll('button')];
      setRovingTabindex(items, 0);
      group.addEventListener('keydown', (event) =>
        rovingKeydown(event, items, { dir: directionOf(group), orientation: 'horizontal' }),
      );
      items[0]!.focus();
      await sendKeys({ press: dir === 'ltr' ? 'ArrowRight' : 'ArrowLeft' });
      expect(document.activeElement, dir).to.equal(items[1]);
      expect(items.map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
      await sendKeys({ press: 'End' });
      expect(document.activeElement).to.equal(items[2]);
      await sendKeys({ press: dir === 'ltr' ? 'ArrowRight' : 'ArrowLeft' });
      expect(document.activeElement, 'wraps').to.equal(items[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement, 'vertical arrows ignored').to.equal(items[0]);
    }
  });

  it('deepActiveElement and containsFocus see through shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Deep';
    innerRoot.append(button);
    root.append(inner);
    button.focus();
    expect(document.activeElement).to.equal(host);
    expect(deepActiveElement()).to.equal(button);
    expect(containsFocus(host)).to.equal(true);
    expect(containsFocus(inner)).to.equal(true);
    const other = await fixture<HTMLElement>(html`<p>elsewhere</p>`);
    expect(containsFocus(other)).to.equal(false);
  });

  it('tabbables lists what Tab reaches, and moveFocus focuses a heading', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <h2>Results</h2>
      <a href="#x">Link</a>
      <button disabled>Off</button>
      <button hidden>Hidden</button>
      <button tabindex="-1">Skipped</button>
      <input type="hidden" />
      <details><summary>More</summary><a href="#y">Inside</a></details>
      <select><option>A</option></select>
    </div>`);
    expect(tabbables(root).map((el) => el.textContent!.trim() || el.tagName)).to.deep.equal(['Link', 'More', 'A']);
    const heading = moveFocus('h2', root)!;
    expect(document.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(moveFocus('h6', root)).to.equal(null);
  });
});
