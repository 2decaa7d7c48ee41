import { expect } from '@open-wc/testing';
import { reintegrationDataset } from '../../../src/content/schema/reintegration.js';
import { validateDataset } from '../../../src/content/validate.js';

const SOURCE = 'https://www.agii.be/nieuws/aanpassingen-criteria-en-steun-bij-vrijwillige-terugkeer';

/** A reintegration file of schema 1.0/1.1: prose only, no offers, no countries' other names, no media. */
const oldFile = {
  dataset: 'reintegration',
  updated: '2026-11-20',
  programmes: [
    {
      id: 'p',
      name: { en: 'P' },
      organisation: { en: 'O' },
      summary: { en: 'S' },
      support: ['information'],
      countries: 'all',
      reviewed: '2026-11-20',
    },
  ],
  countries: [{ id: 'country-ma', country: 'MA', name: { en: 'Morocco' }, partners: [{ name: { en: 'A partner' } }], reviewed: '2026-11-20' }],
  desks: [{ id: 'd', name: { en: 'Desk' }, organisation: { en: 'O' }, reviewed: '2026-11-20' }],
};

describe('reintegration schema 1.2', () => {
  it('still reads content of schema 1.1, with the new fields at their defaults', () => {
    const result = validateDataset(reintegrationDataset, oldFile);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dropped).to.deep.equal([]);
    expect(result.data.programmes[0]!.offers).to.deep.equal([]);
    expect(result.data.programmes[0]!.criteria).to.equal(undefined);
    const country = result.data.countries[0]!;
    expect([country.otherNames, country.ownLanguages, country.updates, country.partners[0]!.programmes]).to.deep.equal([[], [], [], []]);
    expect(result.data.media).to.deep.equal([]);
  });

  it('reads offers with their kind, form, amounts with dates, time limit and criteria, and the new top-level fields', () => {
    const file = structuredClone(oldFile) as Record<string, unknown> & typeof oldFile;
    Object.assign(file.programmes[0]!, {
      criteria: { statuses: ['irregular-stay'], vulnerability: 'considered', profiles: ['family'] },
      offers: [
        {
          kind: 'premium',
          form: 'cash',
          amounts: [
            { value: 350, per: { en: 'per adult' }, validFrom: '2022-01-01', source: SOURCE },
            { value: 175, per: { en: 'per child' }, validFrom: '2022-01-01', source: SOURCE },
          ],
          criteria: { regime: 'visa-required' },
        },
        { kind: 'business', form: 'in-kind', timeLimit: { months: 12, from: { en: 'your return' }, source: SOURCE } },
      ],
    });
    Object.assign(file, {
      freeLine: { phone: '0800 327 45', sources: ['https://retourvolontaire.be/'] },
      process: { steps: [{ title: { en: 'A first talk' } }] },
      feedback: { email: 'content@example.org' },
      media: [
        {
          id: 'm',
          title: { en: 'Podcast' },
          kind: 'podcast',
          language: 'fr',
          minutes: 12,
          url: 'https://example.org/podcast',
          reviewed: '2026-11-20',
        },
      ],
    });
    Object.assign(file.countries[0]!, {
      otherNames: ['Al-Maghrib'],
      regime: { value: 'visa-required', source: SOURCE },
      updates: [{ date: '2022-06-07', text: { en: 'A note.' } }],
    });
    const result = validateDataset(reintegrationDataset, file);
    expect(result.ok && result.dropped).to.deep.equal([]);
    if (!result.ok) return;
    const offers = result.data.programmes[0]!.offers;
    expect(offers.map((offer) => [offer.kind, offer.form])).to.deep.equal([
      ['premium', 'cash'],
      ['business', 'in-kind'],
    ]);
    expect(offers[0]!.amounts[1]).to.deep.equal({ value: 175, currency: 'EUR', per: { en: 'per child' }, validFrom: '2022-01-01', source: SOURCE });
    expect(offers[1]!.timeLimit!.months).to.equal(12);
    expect(result.data.freeLine!.phone).to.equal('0800 327 45');
    expect(result.data.media[0]!.countries).to.deep.equal([]);
  });

  it('drops a programme whose offer has an unknown kind, an amount without a source or a time limit in half months, with the path', () => {
    const file = structuredClone(oldFile);
    const bad = [
      { kind: 'lottery', form: 'cash' },
      { kind: 'premium', form: 'cash', amounts: [{ value: 350 }] },
      { kind: 'business', form: 'in-kind', timeLimit: { months: 1.5, from: { en: 'x' }, source: SOURCE } },
    ];
    file.programmes = bad.map((offer, i) => ({ ...oldFile.programmes[0]!, id: `p${i}`, offers: [offer] }));
    const result = validateDataset(reintegrationDataset, file);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.programmes).to.deep.equal([]);
    expect(result.dropped.map((record) => record.problems.map((problem) => problem.path))).to.deep.equal([
      ['$.programmes[0].offers[0].kind'],
      ['$.programmes[1].offers[0].amounts[0].source'],
      ['$.programmes[2].offers[0].timeLimit.months'],
    ]);
  });
});

describe('reintegration example content', () => {
  it('validates whole, every record flagged example, every amount dated and sourced, only the free line as a phone number', async () => {
    const file = (await (await fetch('/demo/content/reintegration.json')).json()) as Record<string, unknown>;
    const result = validateDataset(reintegrationDataset, file);
    expect(result.ok && result.dropped).to.deep.equal([]);
    if (!result.ok) return;
    for (const collection of ['programmes', 'countries', 'desks', 'media'] as const) {
      for (const record of result.data[collection]) expect(record.example, `${collection} ${record.id}`).to.equal(true);
    }
    expect(result.data.countries.map((country) => country.country)).to.deep.equal(['BR', 'MA', 'UA', 'MN', 'CM']);
    const amounts = result.data.programmes.flatMap((programme) => programme.offers.flatMap((offer) => offer.amounts));
    expect(amounts.map((amount) => amount.value)).to.deep.equal([350, 175, 50, 25]);
    for (const amount of amounts) expect([amount.validFrom, amount.source]).to.deep.equal(['2022-01-01', SOURCE]);
    // No current figure is public: every offer with amounts says so.
    for (const offer of result.data.programmes.flatMap((programme) => programme.offers))
      if (offer.amounts.length > 0) expect(offer.amountNote?.en).to.match(/No figure after 2022/);
    expect(JSON.stringify(file).match(/"phone":"[^"]*"/g)).to.deep.equal(['"phone":"0800 327 45"']);
    // A partner only where a source names one: never for Mongolia.
    expect(result.data.countries.find((country) => country.country === 'MN')!.partners).to.deep.equal([]);
  });
});
