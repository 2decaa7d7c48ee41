import { expect } from '@open-wc/testing';
import { buildServiceIndex, searchServices } from '../../src/logic/search.js';
import { exampleSearch, service } from './search-examples.js';

describe('searchServices', () => {
  const { index, ids } = exampleSearch();

  it('without query or filters lists every service by name', () => {
    const result = searchServices(index, { locale: 'fr' });
    expect(result.total).to.equal(5);
    expect(result.sort).to.equal('name');
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['liege-amu', 'baj-brussels', 'mdm-brussels', 'gent-leefloon', 'icam-line']);
  });

  it('sorts by distance from an origin, exact points before centres at equal rank, remote last', () => {
    const result = searchServices(index, { origin: { lat: 50.8467, lon: 4.3525 } });
    expect(result.sort).to.equal('distance');
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['mdm-brussels', 'baj-brussels', 'gent-leefloon', 'liege-amu', 'icam-line']);
    const [mdm, baj, , liege, line] = result.hits;
    expect(mdm!.distanceKm).to.be.lessThan(0.5);
    expect(mdm!.distanceApproximate).to.equal(false);
    expect(baj!.distanceApproximate).to.equal(true);
    expect(liege!.distanceKm).to.be.closeTo(86, 3);
    expect(line!.distanceKm).to.equal(undefined);
  });

  it('can sort a text query by distance or by name instead of relevance', () => {
    const origin = { lat: 51.05, lon: 3.72 };
    expect(ids({ query: 'cpas', origin })).to.deep.equal(['gent-leefloon', 'liege-amu']);
    expect(ids({ query: 'cpas', sort: 'name', locale: 'fr' })).to.deep.equal(['liege-amu', 'gent-leefloon']);
  });

  it('pages results and reports the total', () => {
    const first = searchServices(index, { limit: 2, locale: 'fr' });
    const second = searchServices(index, { limit: 2, offset: 2, locale: 'fr' });
    const third = searchServices(index, { limit: 2, offset: 4, locale: 'fr' });
    expect([first.total, second.total, third.total]).to.deep.equal([5, 5, 5]);
    expect([...first.hits, ...second.hits, ...third.hits].map((hit) => hit.service.id)).to.deep.equal(ids({ locale: 'fr' }));
    expect(third.hits).to.have.length(1);
  });

  it('gives the same answer when the same query runs twice (scratch memory is reset)', () => {
    const once = ids({ query: 'cpas liège' });
    ids({ query: 'avocat' });
    expect(ids({ query: 'cpas liège' })).to.deep.equal(once);
    expect(once).to.deep.equal(['liege-amu']);
  });

  it('sorts by the name a card shows: the reader’s language, any form of it, then English, Dutch, French', () => {
    const named = buildServiceIndex([
      service({ id: 'a', organization: 'o', categories: [], name: { 'fr-BE': 'Bureau', en: 'Zoo office' } }),
      service({ id: 'b', organization: 'o', categories: [], name: { fr: 'Centre', en: 'Area office' } }),
      service({ id: 'c', organization: 'o', categories: [], name: { nl: 'Dienst', fr: 'Accueil' } }),
    ]);
    const order = (locale: string) => searchServices(named, { locale }).hits.map((hit) => hit.service.id);
    expect(order('fr')).to.deep.equal(['c', 'a', 'b']);
    expect(order('en')).to.deep.equal(['b', 'c', 'a']);
    expect(order('ar')).to.deep.equal(['b', 'c', 'a']);
  });
});
