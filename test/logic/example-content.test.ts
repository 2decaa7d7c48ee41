import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { servicesDataset, type Category, type Organization, type Places, type Service } from '../../src/content/schema/services.js';
import { buildPlaceIndex, resolvePlace, suggestPlaces } from '../../src/logic/geo.js';
import { municipalityLanguages } from '../../src/logic/place-languages.js';
import { pickText } from '../../src/i18n/content-text.js';
import { buildServiceIndex, searchServices } from '../../src/logic/search.js';

/** The example content of the demo, checked with the schema and searched as the widget would. */
describe('example services content', () => {
  let raw: Record<string, unknown>;
  let data: { taxonomy: Category[]; places: Places; organizations: Organization[]; services: Service[] };

  before(async () => {
    raw = (await (await fetch('/demo/content/services.json')).json()) as Record<string, unknown>;
    const top = Object.fromEntries(Object.entries(servicesDataset.top).map(([key, schema]) => [key, z.parse(schema, raw[key])]));
    const records = (key: 'organizations' | 'services') => (raw[key] as unknown[]).map((record) => z.parse(servicesDataset.collections[key], record));
    data = {
      ...(top as { taxonomy: Category[]; places: Places }),
      organizations: records('organizations'),
      services: records('services') as Service[],
    };
  });

  it('is valid, flagged example, and refers only to known organisations and categories', () => {
    const organizations = new Set(data.organizations.map((o) => o.id));
    const categories = new Set(data.taxonomy.map((c) => c.id));
    expect(data.services.length).to.be.greaterThan(24);
    for (const service of data.services) {
      expect(service.example, service.id).to.equal(true);
      expect(organizations.has(service.organization), service.id).to.equal(true);
      for (const category of service.categories) expect(categories.has(category), `${service.id} ${category}`).to.equal(true);
    }
    for (const organization of data.organizations) expect(organization.example, organization.id).to.equal(true);
  });

  it('gives the only phone number as the ICAM support line published by the Immigration Office', () => {
    const phones = JSON.stringify(raw).match(/"phone":"[^"]*"/g) ?? [];
    expect(phones).to.deep.equal(['"phone":"02 488 97 77"']);
  });

  it('ships a postcode table whose postcodes and centres are consistent', () => {
    const { municipalities, postcodes } = data.places;
    expect(Object.keys(municipalities)).to.have.length(565);
    expect(Object.keys(postcodes).length).to.be.greaterThan(1100);
    for (const [postcode, codes] of Object.entries(postcodes)) {
      for (const code of codes) expect(municipalities[code], `${postcode} -> ${code}`).to.not.equal(undefined);
    }
    for (const [code, municipality] of Object.entries(municipalities)) {
      expect(municipality.lat === undefined, code).to.equal(municipality.lon === undefined);
      if (municipality.geoSource !== undefined) expect(data.places.sources[municipality.geoSource], code).to.not.equal(undefined);
    }
  });

  it('places every service location with a point at its municipality centre, as the record says', () => {
    const places = buildPlaceIndex(data.places);
    for (const service of data.services) {
      for (const location of service.locations) {
        if (!location.geo) continue;
        expect(location.geoPrecision, service.id).to.equal('municipality');
        const centre = resolvePlace(places, location.address!.postcode)!.centre!;
        expect(location.geo, service.id).to.deep.equal(centre);
      }
    }
  });

  it('answers the searches readers make', () => {
    const index = buildServiceIndex(data.services, { ...data, places: buildPlaceIndex(data.places) });
    const top = (query: string, n = 10) => searchServices(index, { query, limit: n }).hits.map((hit) => hit.service.id);
    expect(top('ocmw').every((id) => id.startsWith('cpas-') || id.startsWith('ocmw-'))).to.equal(true);
    expect(top('ocmw')).to.have.length(10);
    expect(top('cpas')).to.deep.equal(top('ocmw'));
    expect(top('medecin', 3)).to.include.members(['medecins-du-monde-brussels', 'medecins-du-monde-antwerp']);
    expect(top('icam', 4)).to.include('icam-support-line');
    expect(top('Luik ocmw')).to.have.members(['cpas-liege-urgent-medical-aid', 'cpas-liege-social-assistance']);
    expect(top('مأوى')).to.deep.equal(['samusocial-emergency-shelter']);
    expect(top('avocat pro deo', 4).every((id) => id.includes('baj') || id.includes('bjb'))).to.equal(true);
  });

  it('finds large cities by their English and Arabic names too, and names places as their signs do', () => {
    const places = buildPlaceIndex(data.places);
    for (const name of ['Brussels', 'بروكسل', 'Bruxelles', 'Brussel']) expect(resolvePlace(places, name)?.municipality.nis, name).to.equal('21004');
    for (const name of ['Antwerp', 'أنتويرب', 'Ghent', 'غنت', 'Liege', 'لييج', 'Ostend', 'Bruges'])
      expect(resolvePlace(places, name), name).to.not.equal(undefined);
    // One word of one municipality's name is enough; a word that two names share is not, but suggests both.
    expect(resolvePlace(places, 'Molenbeek')?.municipality.nis).to.equal('21012');
    expect(resolvePlace(places, 'woluwe')).to.equal(undefined);
    expect(
      suggestPlaces(places, 'woluwe', (m) => m.nis)
        .map((s) => s.nis)
        .sort(),
    ).to.deep.equal(['21018', '21019']);
    // An English or Arabic reader with no name of their own gets the local official name.
    const liege = resolvePlace(places, '4000')!.municipality;
    expect(pickText(liege.name, ['en', ...municipalityLanguages(liege.nis)])!.text).to.equal('Liège');
    expect(pickText(liege.name, ['ar', ...municipalityLanguages(liege.nis)])!.text).to.equal('لييج');
    const eupen = resolvePlace(places, '4700')!.municipality;
    expect(pickText(eupen.name, ['en', ...municipalityLanguages(eupen.nis)])!.lang).to.equal('de');
    const gent = resolvePlace(places, '9000')!.municipality;
    expect(pickText(gent.name, ['fr', ...municipalityLanguages(gent.nis)])!.text).to.equal('Gand');
    expect(pickText(gent.name, ['ti', ...municipalityLanguages(gent.nis)])!.text).to.equal('Gent');
  });
});
