import { expect } from '@open-wc/testing';
import { textDirection } from '../../src/i18n/direction.js';

describe('textDirection', () => {
  it('is rtl for Arabic, Persian, Pashto, Hebrew and Urdu', () => {
    for (const tag of ['ar', 'ar-MA', 'fa', 'ps', 'he', 'ur']) expect(textDirection(tag), tag).to.equal('rtl');
  });

  it('is ltr for the Latin, Cyrillic and Ethiopic languages of the content', () => {
    for (const tag of ['en', 'nl', 'fr-BE', 'de', 'uk', 'ru', 'ti', 'so', 'es']) expect(textDirection(tag), tag).to.equal('ltr');
  });

  it('follows a script subtag', () => {
    expect(textDirection('ku-Arab')).to.equal('rtl');
    expect(textDirection('ku-Latn')).to.equal('ltr');
    expect(textDirection('az-Arab')).to.equal('rtl');
  });

  it('agrees with the likely script of Intl.Locale for the languages it knows without asking it, and asks it for others', () => {
    const RTL = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm']);
    const known =
      'en fr nl de es it pt pl ro tr ru uk bg sq sr hr bs mk ka hy am ti so sw ln wo ff ha yo ig om mn vi zh ja ko hi bn ta ne th ar fa ps he ur ckb dv sd ug yi'.split(
        ' ',
      );
    for (const tag of [...known, 'ks', 'bal', 'lrc', 'ky', 'mzn']) {
      const expected = RTL.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr';
      expect(textDirection(tag), tag).to.equal(expected);
    }
  });

  it('is ltr for a missing or invalid tag', () => {
    expect(textDirection(undefined)).to.equal('ltr');
    expect(textDirection('!!')).to.equal('ltr');
  });
});
