import { expect } from '@open-wc/testing';
import type { Service } from '../../src/content/schema/services.js';
import { exampleSearch } from './search-examples.js';

describe('search filters', () => {
  const { ids } = exampleSearch();

  it('filters by category, including sub-categories', () => {
    expect(ids({ filters: { categories: ['health'] } })).to.have.members(['liege-amu', 'mdm-brussels']);
    expect(ids({ filters: { categories: ['urgent-medical-aid', 'legal-aid'] } })).to.have.members(['liege-amu', 'baj-brussels', 'icam-line']);
  });

  it('filters by municipality and postcode, keeping remote services unless told not to', () => {
    expect(ids({ filters: { municipality: '62063' } })).to.have.members(['liege-amu', 'icam-line']);
    expect(ids({ filters: { municipality: '62063', includeRemote: false } })).to.deep.equal(['liege-amu']);
    expect(ids({ filters: { postcode: '1050', includeRemote: false } })).to.deep.equal(['baj-brussels']);
    // A remote service must still pass the other filters.
    expect(ids({ filters: { municipality: '62063', categories: ['health'] } })).to.deep.equal(['liege-amu']);
  });

  it('filters by language spoken, comparing primary language subtags', () => {
    expect(ids({ filters: { languages: ['ar'] } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { languages: ['en'] } })).to.have.members(['gent-leefloon', 'icam-line']);
    expect(ids({ filters: { languages: ['ps'] } })).to.deep.equal([]);
  });

  it('filters by access: no papers needed, walk-in, anonymous, interpreters, free', () => {
    expect(ids({ filters: { noPapersNeeded: true } })).to.have.members(['liege-amu', 'mdm-brussels', 'icam-line']);
    expect(ids({ filters: { noPapersNeeded: true, walkIn: true } })).to.have.members(['liege-amu', 'mdm-brussels']);
    expect(ids({ filters: { anonymous: true } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { interpreters: true } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { free: true } })).to.deep.equal(['liege-amu']);
    expect(ids({ filters: { audiences: ['women'] } })).to.deep.equal(['mdm-brussels']);
  });

  it('applies an open-now predicate only to services that passed the other filters', () => {
    const asked: string[] = [];
    const openNow = (s: Service) => {
      asked.push(s.id);
      return s.id === 'baj-brussels';
    };
    expect(ids({ filters: { walkIn: true, openNow } })).to.deep.equal(['baj-brussels']);
    expect(asked).to.have.members(['liege-amu', 'mdm-brussels', 'baj-brussels']);
  });

  it('keeps services within a radius, and remote ones unless told not to', () => {
    const origin = { lat: 50.8467, lon: 4.3525 };
    expect(ids({ origin, filters: { withinKm: 10 } })).to.deep.equal(['mdm-brussels', 'baj-brussels', 'icam-line']);
    expect(ids({ origin, filters: { withinKm: 10, includeRemote: false } })).to.deep.equal(['mdm-brussels', 'baj-brussels']);
  });
});
