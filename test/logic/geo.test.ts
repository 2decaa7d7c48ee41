import { expect } from '@open-wc/testing';
import type { Places } from '../../src/content/schema/services.js';
import { buildPlaceIndex, haversineKm, municipalityOfPostcode, placeIndexSteps, resolvePlace, suggestPlaces } from '../../src/logic/geo.js';
import { municipalityLanguages, postcodeLanguages } from '../../src/logic/place-languages.js';

const places: Places = {
  sources: { test: { name: 'test table', licence: 'CC0' } },
  municipalities: {
    '21004': { name: { nl: 'Brussel', fr: 'Bruxelles' }, lat: 50.8616, lon: 4.36 },
    '21009': { name: { nl: 'Elsene', fr: 'Ixelles' }, lat: 50.8241, lon: 4.3744 },
    '62063': { name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich' }, lat: 50.6337, lon: 5.5675 },
    '63035': { name: { nl: 'Herve', fr: 'Herve', de: 'Herve' } },
  },
  postcodes: { '1000': ['21004'], '1050': ['21009', '21004'], '4000': ['62063'], '4020': ['62063'], '4650': ['63035'] },
};

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 50.85, lon: 4.35 };
    const b = { lat: 50.63, lon: 5.57 };
    expect(haversineKm(a, a)).to.equal(0);
    expect(haversineKm(a, b)).to.be.closeTo(haversineKm(b, a), 1e-9);
  });

  it('matches known distances', () => {
    // One degree of latitude is about 111.2 km on the mean sphere.
    expect(haversineKm({ lat: 50, lon: 4 }, { lat: 51, lon: 4 })).to.be.closeTo(111.19, 0.05);
    // Brussels city centre to Liège city centre, about 89 km as the crow flies.
    expect(haversineKm({ lat: 50.8467, lon: 4.3525 }, { lat: 50.6326, lon: 5.5797 })).to.be.closeTo(89.4, 1);
  });
});

describe('place lookups', () => {
  const index = buildPlaceIndex(places);

  it('resolves a postcode to its main municipality and centre', () => {
    const match = resolvePlace(index, ' 1050 ');
    expect(match?.kind).to.equal('postcode');
    expect(match?.postcode).to.equal('1050');
    expect(match?.municipality.nis).to.equal('21009');
    expect(match?.centre).to.deep.equal({ lat: 50.8241, lon: 4.3744 });
  });

  it('resolves a municipality name in any language, ignoring case and accents', () => {
    for (const name of ['Liège', 'liege', 'LUIK', 'Lüttich', 'luttich']) {
      expect(resolvePlace(index, name)?.municipality.nis, name).to.equal('62063');
    }
    expect(resolvePlace(index, 'Elsene')?.municipality.postcodes).to.deep.equal(['1050']);
    expect(resolvePlace(index, 'Bruxelles')?.municipality.postcodes).to.deep.equal(['1000', '1050']);
  });

  it('has no centre for a municipality the table has no coordinates for', () => {
    const match = resolvePlace(index, '4650');
    expect(match?.municipality.nis).to.equal('63035');
    expect(match?.centre).to.equal(undefined);
  });

  it('returns undefined for unknown input', () => {
    expect(resolvePlace(index, '9999')).to.equal(undefined);
    expect(resolvePlace(index, 'Atlantis')).to.equal(undefined);
    expect(resolvePlace(index, '')).to.equal(undefined);
  });

  it('is built in steps that pause every 64 entries, with the same lookups', () => {
    const large: Places = {
      sources: {},
      municipalities: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [String(10000 + i), { name: { nl: `Gemeente ${i}` } }])),
      postcodes: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [String(1000 + i), [String(10000 + i)]])),
    };
    const steps = placeIndexSteps(large);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    // 300 entries (municipalities, postcodes, names): a pause after each 64.
    expect(pauses).to.equal(4);
    expect(step.value.postcodes).to.deep.equal(buildPlaceIndex(large).postcodes);
    expect(resolvePlace(step.value, 'gemeente 42')?.municipality.postcodes).to.deep.equal(['1042']);
  });

  it('maps a postcode to its main municipality', () => {
    expect(municipalityOfPostcode(index, '1050')).to.equal('21009');
    expect(municipalityOfPostcode(index, '4020')).to.equal('62063');
    expect(municipalityOfPostcode(index, '0000')).to.equal(undefined);
  });
});

describe('places as readers write them', () => {
  const index = buildPlaceIndex({
    sources: {},
    municipalities: {
      ...places.municipalities,
      '21012': { name: { nl: 'Sint-Jans-Molenbeek', fr: 'Molenbeek-Saint-Jean' }, lat: 50.855, lon: 4.33 },
      '21013': { name: { nl: 'Sint-Gillis', fr: 'Saint-Gilles' }, lat: 50.827, lon: 4.345 },
      '21014': { name: { nl: 'Sint-Joost-ten-Node', fr: 'Saint-Josse-ten-Noode' }, lat: 50.853, lon: 4.373 },
      '71053': { name: { nl: 'Sint-Truiden', fr: 'Saint-Trond', de: 'Sint-Truiden' } },
      '82038': { name: { nl: 'Sainte-Ode', fr: 'Sainte-Ode', de: 'Sainte-Ode' } },
    },
    postcodes: { ...places.postcodes, '1080': ['21012'], '1060': ['21013', '21004'], '1210': ['21014'], '3800': ['71053'], '6680': ['82038'] },
  });
  const nis = (input: string) => resolvePlace(index, input)?.municipality.nis;

  it('accepts a postcode with the name beside it, as cards and letters print it', () => {
    for (const input of ['1000 Bruxelles', '1000 BRUSSEL', 'B-1000', 'Bruxelles 1000', '1000 Brussels']) {
      const match = resolvePlace(index, input);
      expect(match?.kind, input).to.equal('postcode');
      expect(match?.postcode, input).to.equal('1000');
      expect(match?.municipality.nis, input).to.equal('21004');
    }
    expect(nis('1080 Molenbeek')).to.equal('21012');
    // The name picks among the postcode's municipalities; the postcode wins over a name that does not fit.
    expect(nis('1050 Bruxelles')).to.equal('21004');
    expect(nis('1050 Ixelles')).to.equal('21009');
    expect(nis('1060 Liège')).to.equal('21013');
    // An unknown postcode leaves the name to decide.
    expect(nis('1234 Liège')).to.equal('62063');
  });

  it('writes out St-, Sint-, Saint-, Ste- abbreviations and accepts the start of a single name', () => {
    for (const input of ['St-Gilles', 'st gilles', 'Sint-Gillis', 'St.-Gillis', 'Saint Gilles', '1060 St-Gilles'])
      expect(nis(input), input).to.equal('21013');
    expect(nis('St-Truiden')).to.equal('71053');
    expect(nis('Ste-Ode')).to.equal('82038');
    expect(nis('St-Josse')).to.equal('21014');
    expect(nis('Molenbeek-St-Jean')).to.equal('21012');
    expect(nis('Saint')).to.equal(undefined);
  });

  it('suggests a municipality for an abbreviation being typed', () => {
    const values = suggestPlaces(index, 'St-Gi', (m) => m.name.fr ?? '').map((s) => s.nis);
    expect(values).to.include('21013');
  });
});

describe('place suggestions', () => {
  const index = buildPlaceIndex({
    ...places,
    municipalities: {
      ...places.municipalities,
      '21015': { name: { nl: 'Schaarbeek', fr: 'Schaerbeek' } },
      '21018': { name: { nl: 'Sint-Lambrechts-Woluwe', fr: 'Woluwe-Saint-Lambert' } },
      '21019': { name: { nl: 'Sint-Pieters-Woluwe', fr: 'Woluwe-Saint-Pierre' } },
      '46021': { name: { nl: 'Sint-Niklaas', fr: 'Saint-Nicolas', de: 'Sint-Niklaas' } },
    },
    postcodes: { ...places.postcodes, '1030': ['21015'], '1200': ['21018'], '1150': ['21019'], '9100': ['46021'], '9111': ['46021'] },
  });
  const name = (m: { name: Record<string, string> }) => m.name.fr ?? '';
  const values = (input: string, limit?: number) => suggestPlaces(index, input, name, limit).map((s) => s.value);

  it('suggests postcodes by their first digits, with their main municipality in the reader’s language', () => {
    expect(suggestPlaces(index, '10', name)).to.deep.equal([
      { value: '1000', label: 'Bruxelles', nis: '21004' },
      { value: '1030', label: 'Schaerbeek', nis: '21015' },
      { value: '1050', label: 'Ixelles', nis: '21009' },
    ]);
    expect(values('4', 1)).to.deep.equal(['4000']);
  });

  it('suggests each municipality once, under the name that starts as typed, in any language', () => {
    expect(suggestPlaces(index, 'li', name)).to.deep.equal([{ value: 'Liège', label: '4000, 4020', nis: '62063' }]);
    expect(suggestPlaces(index, 'lu', name)).to.deep.equal([{ value: 'Luik', label: '4000, 4020', nis: '62063' }]);
    expect(values('lütt')).to.deep.equal(['Lüttich']);
    expect(values('sch')).to.deep.equal(['Schaarbeek']);
    expect(values('')).to.deep.equal([]);
    expect(suggestPlaces(undefined, 'li', name)).to.deep.equal([]);
  });

  it('suggests, after the names that start so, the names with a later word that does', () => {
    expect(values('niklaas')).to.deep.equal(['Sint-Niklaas']);
    expect(values('lambrechts')).to.deep.equal(['Sint-Lambrechts-Woluwe']);
    expect(values('woluwe')).to.deep.equal(['Woluwe-Saint-Lambert', 'Woluwe-Saint-Pierre']);
    expect(values('saint')).to.deep.equal(['Saint-Nicolas', 'Woluwe-Saint-Lambert', 'Woluwe-Saint-Pierre']);
    expect(values('saint', 2)).to.deep.equal(['Saint-Nicolas', 'Woluwe-Saint-Lambert']);
    expect(values('ni'), 'not from fewer than three letters').to.deep.equal([]);
  });
});

describe('the official languages of a place', () => {
  it('follow the region, from the NIS code or the postcode', () => {
    expect(municipalityLanguages('21004')).to.deep.equal(['fr', 'nl']);
    expect(municipalityLanguages('11002')).to.deep.equal(['nl']);
    expect(municipalityLanguages('24062')).to.deep.equal(['nl']);
    expect(municipalityLanguages('25072')).to.deep.equal(['fr']);
    expect(municipalityLanguages('62063')).to.deep.equal(['fr']);
    expect(municipalityLanguages('63023')).to.deep.equal(['de']);
    expect(municipalityLanguages('63080')).to.deep.equal(['fr']);
    expect(municipalityLanguages('92094')).to.deep.equal(['fr']);
    expect(postcodeLanguages('1000')).to.deep.equal(['fr', 'nl']);
    expect(postcodeLanguages('1300')).to.deep.equal(['fr']);
    expect(postcodeLanguages('1500')).to.deep.equal(['nl']);
    expect(postcodeLanguages('3000')).to.deep.equal(['nl']);
    expect(postcodeLanguages('4000')).to.deep.equal(['fr']);
    expect(postcodeLanguages('4700')).to.deep.equal(['de']);
    expect(postcodeLanguages('4791')).to.deep.equal(['de']);
    expect(postcodeLanguages('4800')).to.deep.equal(['fr']);
    expect(postcodeLanguages('7000')).to.deep.equal(['fr']);
    expect(postcodeLanguages('8000')).to.deep.equal(['nl']);
    expect(postcodeLanguages('9999')).to.deep.equal(['nl']);
    expect(postcodeLanguages('999')).to.deep.equal([]);
    expect(postcodeLanguages('abcd')).to.deep.equal([]);
  });
});
