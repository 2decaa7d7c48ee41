import { expect } from '@open-wc/testing';
import { formatDate, formatWallTimeRange } from '../../src/i18n/format.js';
import { warmUpLeft, warmUpNow, warmUpPieces, warmUpSoon } from '../../src/i18n/warm-up.js';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('formatting warm-up', () => {
  it('has pieces that never throw, even for a language Intl does not know', () => {
    for (const locale of ['ar', 'ti', 'fa-AF', 'not a language tag']) {
      const pieces = warmUpPieces(locale);
      expect(pieces.length).to.be.greaterThan(1);
      for (const piece of pieces) expect(piece).not.to.throw();
    }
  });

  it('waits for the request to leave, then runs one piece per task', async () => {
    let requestLeft!: () => void;
    warmUpSoon('nl', new Promise<void>((resolve) => (requestLeft = resolve)));
    const total = warmUpLeft('nl')!;
    expect(total).to.be.greaterThan(1);
    for (let i = 0; i < 5; i += 1) await nextTask();
    expect(warmUpLeft('nl'), 'nothing before the request left').to.equal(total);
    requestLeft();
    const seen = [total];
    while (seen.at(-1)! > 0 && seen.length < 100) {
      await nextTask();
      seen.push(warmUpLeft('nl')!);
    }
    expect(seen.at(-1)).to.equal(0);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i - 1]! - seen[i]!, `tasks: ${seen.join(' ')}`).to.be.within(0, 1);
  });

  it('starts even when the request could not leave', async () => {
    warmUpSoon('de', Promise.reject(new Error('offline')));
    for (let i = 0; i < 50 && warmUpLeft('de') !== 0; i += 1) await nextTask();
    expect(warmUpLeft('de')).to.equal(0);
  });

  it('runs what is left at once when content comes first, and says to render in a later task', async () => {
    warmUpSoon('fr', new Promise(() => undefined));
    const pause = warmUpNow('fr');
    expect(warmUpLeft('fr')).to.equal(0);
    expect(pause).to.be.instanceOf(Promise);
    // Another element of the page, in the same task: it waits for the same later task.
    expect(warmUpNow('fr')).to.equal(pause);
    await pause;
    expect(warmUpNow('fr'), 'warm since an earlier task: render at once').to.equal(undefined);
  });

  it('leaves the formatters it made in the caches of format.ts, with the same results', () => {
    void warmUpNow('ar');
    expect(formatDate(new Date('2025-12-03T08:00:00Z'), 'ar')).to.equal('الأربعاء، 3 ديسمبر');
    expect(formatWallTimeRange('09:00', '12:00', 'ar')).to.match(/^09:00\s?–\s?12:00$/);
  });
});
