import { expect } from '@open-wc/testing';
import { canonicalTag, matchLocale, negotiateLocale, primaryLanguage, tagFallbacks } from '../../src/i18n/negotiate.js';
import { negotiate } from '../../src/i18n/localize.js';

const ui = ['ar', 'de', 'en', 'fr', 'nl'] as const;

describe('negotiateLocale', () => {
  it('drops the region: fr-BE gives fr, nl-BE gives nl, ar-MA gives ar', () => {
    expect(negotiateLocale(['fr-BE'], ui, 'en')).to.equal('fr');
    expect(negotiateLocale(['nl-BE'], ui, 'en')).to.equal('nl');
    expect(negotiateLocale(['ar-MA'], ui, 'en')).to.equal('ar');
  });

  it('takes the first requested language that exists, in the reader’s order', () => {
    expect(negotiateLocale(['uk', 'ru', 'de-AT', 'fr'], ui, 'en')).to.equal('de');
    expect(negotiateLocale(['es', 'pt-BR'], ui, 'en')).to.equal('en');
  });

  it('ignores case, underscores and invalid tags', () => {
    expect(negotiateLocale(['FR_be'], ui, 'en')).to.equal('fr');
    expect(negotiateLocale(['not a tag!', '', null, undefined, 'NL'], ui, 'en')).to.equal('nl');
    expect(matchLocale(['xx-YY'], ui)).to.equal(undefined);
  });

  it('returns the spelling of the available list', () => {
    expect(negotiateLocale(['zh-hant-tw'], ['en', 'zh-Hant'], 'en')).to.equal('zh-Hant');
  });

  it('the project’s negotiate() knows en, nl, fr, de and ar and falls back to en', () => {
    expect(negotiate(['de-CH'])).to.equal('de');
    expect(negotiate(['ar-SY'])).to.equal('ar');
    expect(negotiate(['tr'])).to.equal('en');
    expect(negotiate([])).to.equal('en');
  });
});

describe('tag helpers', () => {
  it('canonicalTag and primaryLanguage', () => {
    expect(canonicalTag('fr-be')).to.equal('fr-BE');
    expect(canonicalTag('!!')).to.equal(undefined);
    expect(primaryLanguage('fr-BE')).to.equal('fr');
  });

  it('tagFallbacks shortens a tag step by step and drops extensions', () => {
    expect(tagFallbacks('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(tagFallbacks('ar-u-nu-latn')).to.deep.equal(['ar']);
  });
});
