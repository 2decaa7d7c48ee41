import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { FlWidget } from '../../../src/components/base/fl-widget.js';
import { belgianTime, belgianTimeNote, fallbackNote, localizedText } from '../../../src/components/parts/localized.js';
import { richText } from '../../../src/components/parts/rich-text.js';
import { sharedStyles } from '../../../src/components/parts/styles.js';
import { defineElement } from '../../../src/define.js';
import { formatWallTime } from '../../../src/i18n/format.js';

class FlTestLocalized extends FlWidget {
  static override styles = sharedStyles;
  @property({ attribute: false }) record: Record<string, string> = {};
  @property() zone = 'Europe/London';
  override render() {
    const picked = this.pickText(this.record);
    const at = new Date('2025-07-15T12:00:00Z');
    return litHtml`<p id="text">${localizedText(picked)}</p>${fallbackNote(picked)}
      <p id="time">${belgianTime(formatWallTime('09:00', this.locale), at, this.zone)}</p>
      <p id="note">${belgianTimeNote()}</p>`;
  }
}
defineElement('fl-test-localized', FlTestLocalized);
declare global {
  interface HTMLElementTagNameMap {
    'fl-test-localized': FlTestLocalized;
  }
}

const text = (el: FlTestLocalized, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const onlyFrench = { fr: 'Permanence sans rendez-vous' };

describe('localized content helpers', () => {
  it('mark content with its own language and direction', async () => {
    const el = await fixture<FlTestLocalized>(
      html`<fl-test-localized lang="en" .record=${{ ar: 'دوام بدون موعد', en: 'Walk-in' }}></fl-test-localized>`,
    );
    const span = el.shadowRoot!.querySelector('#text span')!;
    expect(span.getAttribute('lang')).to.equal('en');
    el.lang = 'ar';
    await el.updateComplete;
    expect(span.getAttribute('lang')).to.equal('ar');
    expect(span.getAttribute('dir')).to.equal('rtl');
  });

  it('make content text a paragraph or a block of its own, as plain text or another way', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      ${localizedText({ text: 'ملاحظة', lang: 'ar' }, 'p', 'note')}
      ${localizedText({ text: '**Sans** rendez-vous', lang: 'fr' }, 'div', 'description', (source) => richText(source))}
      ${localizedText(undefined, 'p')}
    </div>`);
    const note = host.querySelector('p')!;
    expect([note.className, note.lang, note.dir, note.textContent]).to.deep.equal(['note', 'ar', 'rtl', 'ملاحظة']);
    const block = host.querySelector<HTMLElement>('div.description')!;
    expect([block.lang, block.dir, block.querySelector('strong')?.textContent]).to.deep.equal(['fr', 'ltr', 'Sans']);
    expect(host.querySelectorAll(':scope > *'), 'nothing without text').to.have.length(2);
    const plain = await fixture<HTMLElement>(html`<b>${localizedText({ text: 'Walk-in', lang: 'en' })}</b>`);
    const span = plain.querySelector('span')!;
    expect(span.getAttributeNames().sort()).to.deep.equal(['dir', 'lang']);
    expect([span.lang, span.dir, span.textContent]).to.deep.equal(['en', 'ltr', 'Walk-in']);
  });

  it('say in the interface language when content falls back to another language', async () => {
    const cases: [string, string][] = [
      ['en', 'This text is not available in English. Here it is in French.'],
      ['ar', 'هذا النص غير متوفر باللغة العربية. تجده هنا باللغة الفرنسية.'],
      ['nl', 'Deze tekst bestaat niet in het Nederlands. Hier staat hij in het Frans.'],
      ['de', 'Diesen Text gibt es nicht auf Deutsch. Hier steht er auf Französisch.'],
    ];
    for (const [lang, note] of cases) {
      const el = await fixture<FlTestLocalized>(html`<fl-test-localized lang=${lang} .record=${onlyFrench}></fl-test-localized>`);
      expect(text(el, '[part="fallback-note"]'), lang).to.equal(note);
      expect(el.shadowRoot!.querySelector('#text span')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    }
  });

  it('name a language the interface lacks (Ukrainian) in the interface language', async () => {
    const el = await fixture<FlTestLocalized>(html`<fl-test-localized lang="uk" .record=${onlyFrench}></fl-test-localized>`);
    expect(el.locale).to.equal('en');
    expect(text(el, '[part="fallback-note"]')).to.equal('This text is not available in Ukrainian. Here it is in French.');
  });

  it('show no note when the text is in the reader’s language', async () => {
    const el = await fixture<FlTestLocalized>(html`<fl-test-localized lang="fr-BE" .record=${onlyFrench}></fl-test-localized>`);
    expect(el.shadowRoot!.querySelector('[part="fallback-note"]')).to.equal(null);
  });

  it('label times "Belgian time" only for a reader whose clock differs', async () => {
    const london = await fixture<FlTestLocalized>(html`<fl-test-localized lang="nl" zone="Europe/London"></fl-test-localized>`);
    expect(text(london, '#time')).to.equal('09:00 (Belgische tijd)');
    const paris = await fixture<FlTestLocalized>(html`<fl-test-localized lang="nl" zone="Europe/Paris"></fl-test-localized>`);
    expect(text(paris, '#time')).to.equal('09:00');
    const arabic = await fixture<FlTestLocalized>(html`<fl-test-localized lang="ar" zone="Asia/Damascus"></fl-test-localized>`);
    expect(text(arabic, '#time')).to.equal('09:00 (بتوقيت بلجيكا)');
    expect(text(arabic, '#note')).to.equal('كل الأوقات بتوقيت بلجيكا.');
  });
});
