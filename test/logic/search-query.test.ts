import { expect } from '@open-wc/testing';
import { buildServiceIndex, searchServices } from '../../src/logic/search.js';
import { queryTerms, withoutUnfinishedLetter } from '../../src/logic/search-query.js';
import { exampleSearch } from './search-examples.js';

describe('search words', () => {
  const { index, ids } = exampleSearch();

  it('finds CPAS and OCMW services under either name', () => {
    expect(ids({ query: 'OCMW' })).to.have.members(['liege-amu', 'gent-leefloon']);
    expect(ids({ query: 'cpas' })).to.have.members(['liege-amu', 'gent-leefloon']);
  });

  it('is accent- and case-insensitive and matches prefixes', () => {
    expect(ids({ query: 'medecin' })).to.include('mdm-brussels');
    expect(ids({ query: 'MÉDECINS DU MONDE' })).to.deep.equal(['mdm-brussels']);
    expect(ids({ query: 'juridi' })).to.have.members(['baj-brussels', 'icam-line']);
  });

  it('keeps the results of the words before a last word begun with one letter', () => {
    // The reader typing "ocmw g": the "g" does not empty the list while they go on typing "gent".
    expect(ids({ query: 'ocmw g' })).to.have.members(ids({ query: 'ocmw' }));
    expect(ids({ query: 'ocmw gent' })).to.deep.equal(['gent-leefloon']);
    // A first letter alone lists every service, as an empty box does, in the same order.
    expect(searchServices(index, { query: 'm', locale: 'fr' }).hits.map((hit) => hit.service.id)).to.deep.equal(ids({ locale: 'fr' }));
    expect(searchServices(index, { query: 'م' }).sort).to.equal('name');
    // A letter in the middle still counts, and a digit always does (the start of a postcode).
    expect(ids({ query: 'g ocmw' })).to.deep.equal([]);
    expect(ids({ query: '4' })).to.deep.equal(['liege-amu']);
  });

  it('ignores the last letter also when it is a word somewhere, until the reader types a space after it', () => {
    const plain = { reviewed: '2026-11-22', sources: [] as string[], example: true, audiences: [], languages: [], access: {}, locations: [] };
    const small = buildServiceIndex([
      { ...plain, id: 'ocmw', organization: 'o', name: { nl: 'OCMW Gent' }, categories: [] },
      { ...plain, id: 'plan-b', organization: 'o', name: { nl: 'Plan B' }, categories: [] },
    ]);
    const found = (query: string) => searchServices(small, { query }).hits.map((hit) => hit.service.id);
    expect(found('ocmw b')).to.deep.equal(['ocmw']);
    expect(found('plan b')).to.deep.equal(['plan-b']);
    expect(found('plan b ')).to.deep.equal(['plan-b']);
    expect(found('ocmw b ')).to.deep.equal([]);
    expect(withoutUnfinishedLetter('ocmw é')).to.equal('ocmw ');
    expect(withoutUnfinishedLetter('ocmw e\u0301')).to.equal('ocmw ');
    expect(withoutUnfinishedLetter('1000 b')).to.equal('1000 ');
    expect(withoutUnfinishedLetter('ocmw')).to.equal('ocmw');
    expect(withoutUnfinishedLetter('ocmw 4')).to.equal('ocmw 4');
  });

  it('requires every word and ignores stop words', () => {
    expect(ids({ query: 'aide médicale liège' })).to.deep.equal(['liege-amu']);
    expect(ids({ query: 'aide médicale gent' })).to.deep.equal([]);
    expect(queryTerms("l'aide de la CPAS")).to.deep.equal(['aide', 'cpas']);
    expect(queryTerms('de la')).to.deep.equal(['de', 'la']);
  });

  it('tolerates one typo when nothing matches exactly, and says so', () => {
    const result = searchServices(index, { query: 'consultatoins' });
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['mdm-brussels']);
    expect(result.fuzzyTerms).to.deep.equal(['consultatoins']);
    expect(searchServices(index, { query: 'qqqqqqq' }).total).to.equal(0);
  });

  it('never turns a typo into a stop word ("eten" is not "een")', () => {
    const plain = { reviewed: '2026-11-22', sources: [] as string[], example: true, audiences: [], languages: [], access: {}, locations: [] };
    const small = buildServiceIndex([{ ...plain, id: 'course', organization: 'o', name: { nl: 'Een cursus Nederlands' }, categories: [] }]);
    expect(searchServices(small, { query: 'eten' }).total).to.equal(0);
    expect(searchServices(small, { query: 'cursud' }).total).to.equal(1);
  });

  it('ranks name matches above description and category matches', () => {
    const result = searchServices(index, { query: 'juridique' });
    expect(result.sort).to.equal('relevance');
    expect(result.hits[0]!.service.id).to.equal('baj-brussels');
    expect(result.hits[0]!.score).to.be.greaterThan(result.hits[1]!.score);
  });
});
