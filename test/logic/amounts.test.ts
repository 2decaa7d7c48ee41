import { expect } from '@open-wc/testing';
import { amountsOn } from '../../src/logic/amounts.js';

const SOURCE = 'https://dofi.ibz.be/nl/news/retributie-nieuwe-bedragen-vanaf-26-mei-2022';
/** The 9bis fee as FACTS.md gives it, in no particular order. */
const fee = [
  { value: 357, currency: 'EUR', validFrom: '2024-01-01', source: SOURCE },
  { value: 313, currency: 'EUR', validFrom: '2022-05-26', source: SOURCE },
  { value: 343, currency: 'EUR', validFrom: '2023-01-01', source: SOURCE },
];
const values = (list: readonly { value: number }[]) => list.map((amount) => amount.value);

describe('amounts with dates', () => {
  it('picks the amount that applies on a day, the first day of a new amount included', () => {
    expect(values(amountsOn(fee, '2022-05-25').current)).to.deep.equal([]);
    expect(values(amountsOn(fee, '2022-05-25').later)).to.deep.equal([313, 343, 357]);
    expect(values(amountsOn(fee, '2022-05-26').current)).to.deep.equal([313]);
    expect(values(amountsOn(fee, '2022-12-31').current)).to.deep.equal([313]);
    expect(values(amountsOn(fee, '2023-01-01').current)).to.deep.equal([343]);
    const now = amountsOn(fee, '2026-12-05');
    expect(values(now.current)).to.deep.equal([357]);
    expect(values(now.earlier)).to.deep.equal([343, 313]);
    expect(now.later).to.deep.equal([]);
  });

  it('keeps amounts of the same day together (per adult, per child), and counts an undated amount as the oldest', () => {
    const premium = [
      { value: 250, validFrom: undefined },
      { value: 350, validFrom: '2022-01-01' },
      { value: 175, validFrom: '2022-01-01' },
    ];
    expect(values(amountsOn(premium, '2021-06-01').current)).to.deep.equal([250]);
    expect(values(amountsOn(premium, '2022-01-01').current)).to.deep.equal([350, 175]);
    expect(values(amountsOn(premium, '2022-01-01').earlier)).to.deep.equal([250]);
    expect(amountsOn([], '2022-01-01')).to.deep.equal({ current: [], earlier: [], later: [] });
  });
});
