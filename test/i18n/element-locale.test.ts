import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { msg } from '@lit/localize';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { FlLanguageChangeEvent } from '../../src/events.js';
import { sharedStyles } from '../../src/components/parts/styles.js';
import { defineElement } from '../../src/define.js';
import { readerLanguage, setReaderLanguage } from '../../src/i18n/choice.js';

/** Renders one interface string, the content text it picks, and the picker when asked. */
class FlTestLocale extends FlWidget {
  static override styles = sharedStyles;
  record: Record<string, string> = { nl: 'Inloopmoment', fr: 'Permanence', en: 'Walk-in moment' };
  override render() {
    return litHtml`<p id="label">${msg('Language', { id: 'parts.language-picker.label' })}</p>
      <p id="content">${this.pickText(this.record)?.text}</p>${this.renderLanguagePicker()}`;
  }
}
defineElement('fl-test-locale', FlTestLocale);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-locale': FlTestLocale;
  }
}

const label = (el: FlTestLocale) => el.shadowRoot!.querySelector('#label')!.textContent;

function fakeBrowserLanguages(languages: string[] | undefined): void {
  if (languages) Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  else delete (navigator as unknown as Record<string, unknown>).languages;
}

describe('FlWidget language', () => {
  afterEach(() => {
    setReaderLanguage(undefined);
    fakeBrowserLanguages(undefined);
  });

  it('renders in the element’s own lang', async () => {
    const el = await fixture<FlTestLocale>(html`<fl-test-locale lang="nl"></fl-test-locale>`);
    expect(el.locale).to.equal('nl');
    expect(label(el)).to.equal('Taal');
    expect(el.getAttribute('lang')).to.equal('nl');
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('keeps the region the page wrote and uses its language (fr-BE -> fr)', async () => {
    const el = await fixture<FlTestLocale>(html`<fl-test-locale lang="fr-BE"></fl-test-locale>`);
    expect(el.locale).to.equal('fr');
    expect(label(el)).to.equal('Langue');
    expect(el.getAttribute('lang')).to.equal('fr-BE');
  });

  it('falls back to the nearest ancestor’s lang and marks itself with it', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="de"><section lang="fr-BE"><fl-test-locale></fl-test-locale></section></div>`);
    const el = outer.querySelector('fl-test-locale')!;
    await el.updateComplete;
    expect(el.locale).to.equal('fr');
    expect(label(el)).to.equal('Langue');
    expect(el.getAttribute('lang')).to.equal('fr');
  });

  it('finds the ancestor’s lang through shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="de"><div id="host"></div></div>`);
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const el = document.createElement('fl-test-locale');
    root.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('de');
    expect(label(el)).to.equal('Sprache');
  });

  it('uses the browser’s languages when no lang is set, right to left for Arabic', async () => {
    fakeBrowserLanguages(['ar-MA', 'fr']);
    const el = await fixture<FlTestLocale>(html`<fl-test-locale></fl-test-locale>`);
    expect(el.locale).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(label(el)).to.equal('اللغة');
    expect(getComputedStyle(el.shadowRoot!.querySelector('#label')!).direction).to.equal('rtl');
  });

  it('falls back to English when no language fits', async () => {
    fakeBrowserLanguages(['tr', 'ku']);
    const el = await fixture<FlTestLocale>(html`<fl-test-locale></fl-test-locale>`);
    expect(el.locale).to.equal('en');
    expect(label(el)).to.equal('Language');
    expect(el.languages).to.deep.equal(['tr', 'ku']);
  });

  it('renders two widgets in two languages on one page', async () => {
    const outer = await fixture<HTMLElement>(html`<div><fl-test-locale lang="nl"></fl-test-locale><fl-test-locale lang="ar"></fl-test-locale></div>`);
    const [nl, ar] = [...outer.querySelectorAll('fl-test-locale')];
    await nl!.updateComplete;
    await ar!.updateComplete;
    expect(label(nl!)).to.equal('Taal');
    expect(label(ar!)).to.equal('اللغة');
  });

  it('follows a change of its own lang and of an ancestor’s lang', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="nl"><fl-test-locale></fl-test-locale></div>`);
    const el = outer.querySelector('fl-test-locale')!;
    await el.updateComplete;
    expect(label(el)).to.equal('Taal');
    outer.setAttribute('lang', 'fr');
    await waitUntil(() => el.locale === 'fr', 'follows the ancestor');
    await el.updateComplete;
    expect(label(el)).to.equal('Langue');
    el.lang = 'de';
    await el.updateComplete;
    expect(el.locale).to.equal('de');
    expect(label(el)).to.equal('Sprache');
  });

  it('picks content text in the reader’s language with the fallback chain', async () => {
    const el = await fixture<FlTestLocale>(html`<fl-test-locale lang="ar"></fl-test-locale>`);
    expect(el.shadowRoot!.querySelector('#content')!.textContent).to.equal('Walk-in moment');
    el.lang = 'fr';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#content')!.textContent).to.equal('Permanence');
  });

  it('the language picker switches every widget on the page and tells the host', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div><fl-test-locale lang="nl" language-picker></fl-test-locale><fl-test-locale lang="fr"></fl-test-locale></div>`,
    );
    const [first, second] = [...outer.querySelectorAll('fl-test-locale')];
    await first!.updateComplete;
    await second!.updateComplete;
    const select = first!.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('nl');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Nederlands', 'Français', 'Deutsch', 'English', 'العربية']);
    let event: FlLanguageChangeEvent | undefined;
    outer.addEventListener('fl-language-change', (e) => (event = e));
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => first!.locale === 'ar' && second!.locale === 'ar', 'both widgets switch');
    await first!.updateComplete;
    await second!.updateComplete;
    expect(label(second!)).to.equal('اللغة');
    expect(second!.getAttribute('dir')).to.equal('rtl');
    expect(event?.locale).to.equal('ar');
    expect(readerLanguage()).to.equal('ar');
    expect(sessionStorage.getItem('frontline-widgets:language')).to.equal('ar');
    expect(first!.shadowRoot!.querySelector('select')!.value).to.equal('ar');
  });

  it('follows a choice made by another copy of the library (window event)', async () => {
    const el = await fixture<FlTestLocale>(html`<fl-test-locale lang="nl"></fl-test-locale>`);
    window.dispatchEvent(new CustomEvent('frontline-widgets:language', { detail: { language: 'de' } }));
    await el.updateComplete;
    expect(el.locale).to.equal('de');
    expect(label(el)).to.equal('Sprache');
  });

  it('shows the picker only with the language-picker attribute, labelled, and accessible in rtl', async () => {
    const plain = await fixture<FlTestLocale>(html`<fl-test-locale lang="en"></fl-test-locale>`);
    expect(plain.shadowRoot!.querySelector('select')).to.equal(null);
    const el = await fixture<FlTestLocale>(html`<fl-test-locale lang="ar" language-picker></fl-test-locale>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.closest('label')!.textContent).to.contain('اللغة');
    await expect(el).to.be.accessible();
    const ltr = await fixture<FlTestLocale>(html`<fl-test-locale lang="nl" language-picker></fl-test-locale>`);
    await expect(ltr).to.be.accessible();
    expect(ltr.shadowRoot!.querySelector('select')!.getBoundingClientRect().height).to.be.at.least(24);
  });
});
