import { expect } from '@open-wc/testing';
import { countryEntries, countryNames, ownLanguages, searchCountries } from '../../src/logic/countries.js';
import { isCountryCode } from '../../src/logic/country-codes.js';

const UI = ['en', 'nl', 'fr', 'de', 'ar'];
const SOURCES = [
  { country: 'BR' },
  { country: 'MA', otherNames: ['Al-Maghrib'] },
  { country: 'UA' },
  // Chromium's ICU has no Mongolian names: the content adds the country's own name.
  { country: 'MN', otherNames: ['Монгол Улс'] },
  { country: 'CM', ownLanguages: ['fr', 'en'] },
  { country: 'ML' },
];
const entries = countryEntries(SOURCES, UI);
const codes = (query: string) => searchCountries(entries, query).map((match) => match.code);

describe('country search', () => {
  it("finds Morocco by its names in every interface language, its own name and the content's, folded", () => {
    for (const query of ['maroc', 'Marokko', 'MAROKKO', 'morocco', 'المغرب', 'al maghrib', 'Al-Maghrib', 'ma']) {
      expect(codes(query)[0], query).to.equal('MA');
    }
  });

  it('finds a country in its own script and in Cyrillic, Arabic or Latin, accent-insensitive', () => {
    expect(codes('Україна')[0]).to.equal('UA');
    expect(codes('монгол')[0]).to.equal('MN');
    expect(codes('أوكرانيا')[0]).to.equal('UA');
    expect(codes('bresil')[0]).to.equal('BR');
    expect(codes('Brésil')[0]).to.equal('BR');
    expect(codes('Kameroen')[0]).to.equal('CM');
    expect(codes('cameroun')[0]).to.equal('CM');
  });

  it('puts a whole name before the start of a name, and that before a match inside a name', () => {
    // "Mali" is a whole name; "Mal" starts Mali only; "ongo" is inside Mongolia, three letters or more.
    expect(searchCountries(entries, 'mali')[0]).to.include({ code: 'ML', rank: 0 });
    expect(searchCountries(entries, 'mal')[0]).to.include({ code: 'ML', rank: 1 });
    expect(codes('ongo')).to.include('MN');
    expect(codes('on')).to.not.include('MN');
    expect(codes('')).to.deep.equal([]);
    expect(codes('   ')).to.deep.equal([]);
    expect(codes('xyzzy')).to.deep.equal([]);
  });

  it('names a country in each interface language and in its own language, without duplicates', () => {
    const names = countryNames({ country: 'MA', name: { en: 'Morocco' } }, UI);
    expect(names).to.include.members(['Morocco', 'Marokko', 'Maroc', 'المغرب']);
    expect(new Set(names).size).to.equal(names.length);
    expect(ownLanguages('MA')).to.deep.equal(['ar']);
    expect(ownLanguages('UA')).to.deep.equal(['uk']);
    expect(ownLanguages('CM', ['fr', 'en'])).to.deep.equal(['fr', 'en']);
  });

  it('knows which codes are countries', () => {
    expect(['MA', 'BR', 'UA', 'MN', 'CM', 'XK'].every(isCountryCode)).to.equal(true);
    expect(['EU', 'UN', 'ZZ', 'XY', 'ma', 'MAR', ''].some(isCountryCode)).to.equal(false);
  });
});
