import { expect } from '@open-wc/testing';
import type { Offer, Programme } from '../../src/content/schema/reintegration.js';
import { amountsOn } from '../../src/logic/amounts.js';
import { filterProgrammes, formOf, offersFor, parseCodes, programmesFor } from '../../src/logic/reintegration.js';

const SOURCE = 'https://www.agii.be/nieuws/aanpassingen-criteria-en-steun-bij-vrijwillige-terugkeer';
const premium = (value: number, child: number, regime: 'visa-required' | 'visa-free'): Offer => ({
  kind: 'premium',
  form: 'cash',
  amounts: [
    { value, currency: 'EUR', validFrom: '2022-01-01', source: SOURCE },
    { value: child, currency: 'EUR', validFrom: '2022-01-01', source: SOURCE },
  ],
  criteria: { regime, statuses: [], profiles: [] },
});
const business: Offer = { kind: 'business', form: 'in-kind', amounts: [], timeLimit: { months: 12, from: { en: 'return' }, source: SOURCE } };
const medical: Offer = { kind: 'medical', form: 'in-kind', amounts: [], criteria: { statuses: [], profiles: ['medical'] } };

type P = Pick<Programme, 'id' | 'countries' | 'excludedCountries' | 'support' | 'offers' | 'criteria'>;
const programme = (id: string, countries: Programme['countries'], offers: Offer[], extra: Partial<P> = {}): P => ({
  id,
  countries,
  excludedCountries: [],
  support: [],
  offers,
  ...extra,
});

const PROGRAMMES: P[] = [
  programme('return', 'all', [premium(350, 175, 'visa-required'), premium(50, 25, 'visa-free')]),
  programme('reintegration', 'all', [business, medical], { excludedCountries: ['XK'] }),
  programme('ukraine-only', ['UA'], [business]),
  programme('families', 'all', [{ kind: 'family', form: 'in-kind', amounts: [] }], { criteria: { statuses: [], profiles: ['family'] } }),
];
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('programmes for a country', () => {
  it("splits programmes into the country's own, those for every country, and those that exclude it", () => {
    const ua = programmesFor(PROGRAMMES, 'UA');
    expect([ids(ua.own), ids(ua.general), ids(ua.excluded)]).to.deep.equal([['ukraine-only'], ['return', 'reintegration', 'families'], []]);
    const ma = programmesFor(PROGRAMMES, 'MA');
    expect(ids(ma.own)).to.deep.equal([]);
    const xk = programmesFor(PROGRAMMES, 'XK');
    expect([ids(xk.general), ids(xk.excluded)]).to.deep.equal([['return', 'families'], ['reintegration']]);
  });

  it("counts a programme the country record lists as the country's own", () => {
    const ma = programmesFor(PROGRAMMES, 'MA', ['reintegration']);
    expect([ids(ma.own), ids(ma.general)]).to.deep.equal([['reintegration'], ['return', 'families']]);
  });

  it('filters by kind of support (any chosen kind) and by profile (every chosen profile)', () => {
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: ['business'], profiles: [] }))).to.deep.equal(['reintegration', 'ukraine-only']);
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: ['premium', 'family'], profiles: [] }))).to.deep.equal(['return', 'families']);
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: [], profiles: ['family'] }))).to.deep.equal([
      'return',
      'reintegration',
      'ukraine-only',
      'families',
    ]);
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: [], profiles: ['alone'] }))).to.deep.equal(['return', 'reintegration', 'ukraine-only']);
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: ['medical'], profiles: ['medical'] }))).to.deep.equal(['reintegration']);
    expect(ids(filterProgrammes(PROGRAMMES, { kinds: [], profiles: [] }))).to.deep.equal(ids(PROGRAMMES));
  });

  it("keeps the premium of the country's visa regime, or both marked when no source gives the regime", () => {
    const offers = PROGRAMMES[0]!.offers;
    expect(offersFor(offers, 'visa-required').map((o) => o.applies)).to.deep.equal(['yes', 'no']);
    expect(offersFor(offers, 'visa-free').map((o) => o.applies)).to.deep.equal(['no', 'yes']);
    expect(offersFor(offers, undefined).map((o) => o.applies)).to.deep.equal(['unknown', 'unknown']);
    expect(offersFor([business], undefined).map((o) => o.applies)).to.deep.equal(['yes']);
  });

  it('gives the amounts of an offer with the day they apply from, per adult and per child together', () => {
    const { current, later } = amountsOn(PROGRAMMES[0]!.offers[0]!.amounts, '2026-12-05');
    expect(current.map((a) => [a.value, a.validFrom])).to.deep.equal([
      [350, '2022-01-01'],
      [175, '2022-01-01'],
    ]);
    expect(later).to.deep.equal([]);
    expect(amountsOn(PROGRAMMES[0]!.offers[0]!.amounts, '2021-12-31').current).to.deep.equal([]);
  });

  it('says whether support is cash, in kind or both, and reads country codes from an attribute', () => {
    expect(formOf(PROGRAMMES[0]!.offers)).to.equal('cash');
    expect(formOf(PROGRAMMES[1]!.offers)).to.equal('in-kind');
    expect(formOf([...PROGRAMMES[0]!.offers, business])).to.equal('both');
    expect(formOf([])).to.equal(undefined);
    expect(parseCodes(' ma, br  UA,xx1, ma ')).to.deep.equal(['MA', 'BR', 'UA']);
    expect(parseCodes(null)).to.deep.equal([]);
  });
});
