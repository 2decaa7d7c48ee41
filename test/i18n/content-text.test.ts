import { expect } from '@open-wc/testing';
import { pickText } from '../../src/i18n/content-text.js';

describe('pickText', () => {
  const record = { nl: 'Inloopmoment', fr: 'Permanence', en: 'Walk-in moment' };

  it('picks the requested language and says it is no fallback', () => {
    expect(pickText(record, 'fr')).to.deep.equal({ text: 'Permanence', lang: 'fr', requested: 'fr', fallback: false });
  });

  it('falls back requested -> en -> nl -> fr and reports the language used', () => {
    expect(pickText(record, 'ar')).to.include({ text: 'Walk-in moment', lang: 'en', requested: 'ar', fallback: true });
    expect(pickText({ fr: 'Permanence', nl: 'Inloopmoment' }, 'ar')).to.include({ lang: 'nl', fallback: true });
    expect(pickText({ de: 'Sprechstunde', fr: 'Permanence' }, 'ar')).to.include({ lang: 'fr' });
  });

  it('takes the first language present when none of the chain is there', () => {
    expect(pickText({ uk: 'Прийом', de: 'Sprechstunde' }, 'ar')).to.include({ lang: 'uk', text: 'Прийом' });
  });

  it('matches regions both ways: fr-BE finds fr, fr finds fr-BE', () => {
    expect(pickText(record, 'fr-BE')).to.include({ lang: 'fr', fallback: false });
    expect(pickText({ 'fr-BE': 'Septante', en: 'Seventy' }, 'fr')).to.include({ lang: 'fr-BE', fallback: false });
  });

  it('tries every language of the reader before the chain', () => {
    expect(pickText({ ru: 'Приём', en: 'Walk-in' }, ['uk', 'ru', 'en'])).to.include({ lang: 'ru', requested: 'uk', fallback: true });
  });

  it('treats empty strings as missing and an empty record as nothing', () => {
    expect(pickText({ ar: '', fr: 'Permanence' }, 'ar')).to.include({ lang: 'fr' });
    expect(pickText({}, 'ar')).to.equal(undefined);
    expect(pickText(undefined, 'ar')).to.equal(undefined);
  });
});
