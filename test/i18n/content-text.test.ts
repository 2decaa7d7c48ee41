import { expect } from '@open-wc/testing';
import { pickText, RECORD_ORDER } from '../../src/i18n/content-text.js';
import { placeTextLanguages } from '../../src/logic/place-languages.js';

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

  it('falls back to the language of the place after the reader’s, and to the record’s order in Brussels', () => {
    const liege = { fr: 'CPAS de Liège', nl: 'OCMW Luik', de: 'ÖSHZ Lüttich' };
    expect(pickText(liege, ['en', ...placeTextLanguages('4000')])).to.include({ text: 'CPAS de Liège', requested: 'en', fallback: true });
    expect(pickText(liege, ['ar', ...placeTextLanguages('4000')])).to.include({ lang: 'fr' });
    expect(pickText(liege, ['nl', ...placeTextLanguages('4000')])).to.include({ lang: 'nl', fallback: false });
    expect(pickText({ fr: 'CPAS de Gand', nl: 'OCMW Gent' }, ['ar', ...placeTextLanguages('9000')])).to.include({ lang: 'nl' });
    expect(pickText({ nl: 'Integratiecentrum Foyer', fr: "Centre d'intégration Foyer" }, ['ar', ...placeTextLanguages('1080')])).to.include({
      lang: 'nl',
    });
    expect(pickText({ fr: 'CPAS de Saint-Gilles', nl: 'OCMW Sint-Gillis' }, ['en', ...placeTextLanguages('1060')])).to.include({ lang: 'fr' });
    expect(pickText({ fr: 'x', nl: 'y' }, [RECORD_ORDER])).to.include({ lang: 'fr', requested: 'en' });
    expect(placeTextLanguages(undefined)).to.deep.equal([]);
  });
});
