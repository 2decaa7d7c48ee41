import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { css, html as litHtml } from 'lit';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { disclosureStyles } from '../../../src/components/parts/disclosure.js';
import { languagePickerStyles } from '../../../src/components/parts/language-picker.js';
import { localizedStyles } from '../../../src/components/parts/localized.js';
import { popoverStyles } from '../../../src/components/parts/popover.js';
import { statusStyles } from '../../../src/components/parts/status.js';
import { baseStyles, controlStyles, sharedStyles, tokenNames, tokens } from '../../../src/components/parts/styles.js';
import { defineElement } from '../../../src/define.js';

class FlTestStyles extends FlWidget {
  static override styles = [sharedStyles, css`.row { display: flex; gap: 1rem; }`];
  override render() {
    return litHtml`<p>Text <a href="https://example.org/">link</a></p>
      <p>https://www.example.be/a-very-long-address-without-any-space-in-it-that-must-still-fit-on-a-small-phone</p>
      <div class="row"><button class="fl-button" type="button">Try again</button><button class="fl-button fl-button--primary" type="button">Go</button></div>`;
  }
}
defineElement('fl-test-styles', FlTestStyles);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-styles': FlTestStyles;
  }
}
const q = <T extends Element>(el: FlTestStyles, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

describe('shared styles and tokens', () => {
  it('take the host page’s font and text colour by default', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif; font-size: 20px; color: rgb(10, 20, 30)"><fl-test-styles lang="en"></fl-test-styles></div>`,
    );
    const el = wrapper.querySelector('fl-test-styles')!;
    const p = getComputedStyle(q(el, 'p'));
    const button = getComputedStyle(q(el, 'button'));
    expect(p.fontFamily).to.equal('Georgia, serif');
    expect(p.fontSize).to.equal('20px');
    expect(p.color).to.equal('rgb(10, 20, 30)');
    expect(button.fontFamily).to.equal('Georgia, serif');
    expect(button.borderTopColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(q(el, 'a')).color).to.equal('rgb(10, 20, 30)');
  });

  it('follow the --fl-* tokens a host sets', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div
      style="--fl-color-text: rgb(1, 2, 3); --fl-color-accent: rgb(0, 79, 159); --fl-color-accent-contrast: rgb(255, 255, 255);
        --fl-color-link: rgb(200, 0, 0); --fl-font-family: monospace; --fl-radius: 7px"
    ><fl-test-styles lang="en"></fl-test-styles></div>`);
    const el = wrapper.querySelector('fl-test-styles')!;
    expect(getComputedStyle(q(el, 'p')).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(q(el, 'p')).fontFamily).to.equal('monospace');
    expect(getComputedStyle(q(el, 'a')).color).to.equal('rgb(200, 0, 0)');
    const button = getComputedStyle(q(el, '.fl-button'));
    expect(button.borderTopColor).to.equal('rgb(0, 79, 159)');
    expect(button.borderTopLeftRadius).to.equal('7px');
    const primary = getComputedStyle(q(el, '.fl-button--primary'));
    expect(primary.backgroundColor).to.equal('rgb(0, 79, 159)');
    expect(primary.color).to.equal('rgb(255, 255, 255)');
  });

  it('make buttons at least 24 by 24 px, whatever the token says', async () => {
    const el = await fixture<FlTestStyles>(html`<fl-test-styles lang="en"></fl-test-styles>`);
    const box = q(el, '.fl-button').getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    el.style.setProperty('--fl-target-size', '4px');
    const small = q(el, '.fl-button--primary').getBoundingClientRect();
    expect(small.height).to.be.at.least(24);
    expect(small.width).to.be.at.least(24);
  });

  it('show a focus ring for keyboard users', async () => {
    const el = await fixture<FlTestStyles>(html`<fl-test-styles lang="en"></fl-test-styles>`);
    q<HTMLAnchorElement>(el, 'a').focus();
    await sendKeys({ press: 'Tab' });
    const button = q<HTMLButtonElement>(el, '.fl-button');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });

  it('fit a 320 px wide screen without scrolling sideways, in ltr and rtl', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<FlTestStyles>(html`<fl-test-styles lang=${lang}></fl-test-styles>`);
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('map every documented token to a private variable, and use no undocumented one', () => {
    const all = [tokens, baseStyles, controlStyles, statusStyles, disclosureStyles, languagePickerStyles, localizedStyles, popoverStyles]
      .map((s) => s.cssText)
      .join('\n');
    for (const name of tokenNames) expect(tokens.cssText, name).to.contain(`var(${name}`);
    const used = new Set(all.match(/--fl-[a-z-]+/g));
    expect([...used].filter((name) => !(tokenNames as string[]).includes(name))).to.deep.equal([]);
  });

  it('are documented in docs/theming.md, token by token', async () => {
    const theming = await (await fetch('/docs/theming.md')).text();
    expect(theming.length).to.be.greaterThan(100);
    for (const name of tokenNames) expect(theming, name).to.contain(`\`${name}\``);
  });

  it('have forced-colors rules for focus and controls, and use no physical sides', () => {
    const all = [baseStyles, controlStyles, statusStyles, disclosureStyles, popoverStyles].map((s) => s.cssText).join('\n');
    expect(baseStyles.cssText).to.match(/@media \(forced-colors: active\)[^@]*outline-color: Highlight/);
    expect(controlStyles.cssText).to.match(/@media \(forced-colors: active\)[^@]*ButtonText/);
    expect(all).to.not.match(/(margin|padding|border)-(left|right)\b|\b(left|right):|text-align: (left|right)/);
  });
});

describe('shared styles: the filled button', () => {
  it('is readable without any token: its text and fill differ', async () => {
    const el = await fixture<FlTestStyles>(html`<fl-test-styles lang="en"></fl-test-styles>`);
    const primary = getComputedStyle(q(el, '.fl-button--primary'));
    expect(primary.backgroundColor).to.not.equal(primary.color);
    expect(primary.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
