import { expect } from '@open-wc/testing';
import { compileReaderWords, DEFAULT_READER_WORDS } from '../../src/logic/reader-words.js';
import { matchReaderWords } from '../../src/logic/search-phrases.js';
import { FLAG } from '../../src/logic/search-index.js';
import { exampleSearch, taxonomy } from './search-examples.js';

describe('reader words in a search', () => {
  const { ids } = exampleSearch();
  const known = (id: string) => taxonomy.some((category) => category.id === id);
  const readerWords = compileReaderWords(DEFAULT_READER_WORDS, [], known);

  it('ships phrases for "no papers needed" in every UI language', () => {
    const entry = DEFAULT_READER_WORDS.find((word) => word.id === 'no-papers')!;
    expect(Object.keys(entry.phrases)).to.have.members(['en', 'fr', 'nl', 'de', 'ar']);
    for (const query of ['sans papiers', 'Sans-papiers', 'zonder papieren', 'undocumented', 'ohne Papiere', 'بدون أوراق', 'بدون اوراق']) {
      const match = matchReaderWords(query, readerWords);
      expect(match.flags, query).to.equal(FLAG.noPapersNeeded);
      expect(match.rest, query).to.equal('');
    }
  });

  it('searches a phrase as its facet, and the other words as words', () => {
    expect(ids({ query: 'sans papiers', readerWords })).to.have.members(['liege-amu', 'mdm-brussels', 'icam-line']);
    // Without the table, "sans" is a stop word and "papiers" matches nothing.
    expect(ids({ query: 'sans papiers' })).to.deep.equal([]);
    expect(ids({ query: 'médecin sans papiers', readerWords })).to.have.members(['liege-amu', 'mdm-brussels']);
    expect(ids({ query: 'بدون أوراق', readerWords })).to.have.members(['liege-amu', 'mdm-brussels', 'icam-line']);
  });

  it('maps an order to leave to legal aid and residence, the longest phrase first', () => {
    const match = matchReaderWords("J'ai reçu un ordre de quitter le territoire", readerWords);
    expect(match.found).to.deep.equal(['order-to-leave']);
    // Only the categories the content knows ("residence" is not in this taxonomy).
    expect(match.categoryGroups).to.deep.equal([['legal-aid']]);
    expect(match.rest).to.equal('j ai recu un');
    expect(ids({ query: 'OQT', readerWords })).to.have.members(['baj-brussels', 'icam-line']);
    expect(ids({ query: 'oqt', readerWords })).to.deep.equal(ids({ query: 'ordre de quitter', readerWords }));
  });

  it('matches whole words only, and keeps a result when a reader words and a filter combine', () => {
    expect(matchReaderWords('papierlosigkeit', readerWords).found).to.deep.equal([]);
    expect(ids({ query: 'zonder papieren', readerWords, filters: { walkIn: true } })).to.have.members(['liege-amu', 'mdm-brussels']);
  });

  it('lets content replace a default and add its own, and drops entries that stand for nothing known', () => {
    const table = compileReaderWords(
      DEFAULT_READER_WORDS,
      [
        { id: 'no-papers', phrases: { fr: ['sans titre'] }, access: ['noPapersNeeded'] },
        { id: 'lawyer-free', phrases: { fr: ['avocat gratuit'] }, categories: ['legal-aid'] },
        { id: 'unknown', phrases: { fr: ['hébergement'] }, categories: ['shelter'] },
      ],
      known,
    );
    expect(matchReaderWords('sans papiers', table).found).to.deep.equal([]);
    expect(matchReaderWords('sans titre', table).found).to.deep.equal(['no-papers']);
    expect(matchReaderWords('avocat gratuit', table).categoryGroups).to.deep.equal([['legal-aid']]);
    expect(matchReaderWords('hébergement', table).found).to.deep.equal([]);
  });
});
