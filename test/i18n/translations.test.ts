import { expect } from '@open-wc/testing';
import { targetLocales } from '../../src/i18n/localize.js';

/** Reads locales/<locale>.xlf as the test server serves it. */
async function units(locale: string) {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), `${locale}.xlf is well-formed XML`).to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const placeholders = (el: Element | undefined) => [...(el?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('id')).sort();
    return {
      id: unit.getAttribute('id')!,
      target: target?.textContent?.trim() ?? '',
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
}

describe('translations (locales/*.xlf)', () => {
  it('translate every extracted string, in every language, keeping each placeholder', async () => {
    const ids = new Set<string>();
    for (const locale of targetLocales) {
      const list = await units(locale);
      expect(list.length, locale).to.be.greaterThan(0);
      for (const unit of list) {
        ids.add(unit.id);
        expect(unit.target || unit.targetPlaceholders.length, `${locale}: ${unit.id} has a <target>`).to.be.ok;
        expect(unit.targetPlaceholders, `${locale}: ${unit.id} placeholders`).to.deep.equal(unit.sourcePlaceholders);
      }
    }
    for (const locale of targetLocales) {
      expect((await units(locale)).map((u) => u.id).sort(), `${locale} has the same ids`).to.deep.equal([...ids].sort());
    }
  });

  it('speak to Dutch readers in one register, the formal "u"', async () => {
    for (const unit of await units('nl')) {
      expect(unit.target, unit.id).not.to.match(/\b(je|jij|jou|jouw|jezelf|jullie)\b/i);
    }
  });
});
