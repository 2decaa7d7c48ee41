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

  it('is ltr for a missing or invalid tag', () => {
    expect(textDirection(undefined)).to.equal('ltr');
    expect(textDirection('!!')).to.equal('ltr');
  });
});
