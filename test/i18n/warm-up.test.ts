import { expect } from '@open-wc/testing';
import { formatDate, formatWallTimeRange, languageName } from '../../src/i18n/format.js';
import { wallClock } from '../../src/logic/zoned-time.js';
import { ALL_FORMATTING, warmUpLeft, warmUpNow, warmUpPieces, warmUpWhenIdle } from '../../src/i18n/warm-up.js';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('formatting warm-up', () => {
  it('has pieces that never throw, even for a language Intl does not know', () => {
    for (const locale of ['ar', 'ti', 'fa-AF', 'not a language tag']) {
      const pieces = warmUpPieces(locale);
      expect(pieces.length).to.be.greaterThan(1);
      for (const piece of pieces) expect(piece).not.to.throw();
    }
  });

  it('runs one piece per task, once the main thread is idle: after the tasks already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push(`timer ${warmUpLeft('nl')}`));
    warmUpWhenIdle('nl');
    const total = warmUpLeft('nl')!;
    expect(total).to.be.greaterThan(1);
    setTimeout(() => order.push(`timer ${warmUpLeft('nl')}`));
    const seen = [total];
    const deadline = performance.now() + 5000;
    while (seen.at(-1)! > 0 && performance.now() < deadline) {
      await nextTask();
      seen.push(warmUpLeft('nl')!);
    }
    expect(order, 'timers queued before and after went first').to.deep.equal([`timer ${total}`, `timer ${total}`]);
    expect(seen.at(-1)).to.equal(0);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i - 1]! - seen[i]!, `tasks: ${seen.join(' ')}`).to.be.within(0, 1);
  });

  it('runs what is left a piece per task when content comes first, and says when to render', async () => {
    // Intl's set-up, the Belgian wall clock and content dates: three pieces.
    const needs = ['clock', 'content-date'] as const;
    const started = warmUpNow('fr', needs);
    expect(started).to.be.instanceOf(Promise);
    expect(warmUpLeft('fr', needs), 'no piece in this task: it has just read the content').to.equal(3);
    // Another element of the page, meanwhile, with a list to format too: it waits for the pieces both
    // need (run once) and its own.
    const more = warmUpNow('fr', [...needs, 'list']);
    await started;
    expect(warmUpLeft('fr', needs)).to.equal(0);
    await more;
    expect(warmUpLeft('fr', ['list'])).to.equal(0);
    expect(warmUpLeft('fr'), 'what no element asked for is not made').to.equal(ALL_FORMATTING.length - 4);
    expect(warmUpNow('fr', needs), 'over: render at once').to.equal(undefined);
  });

  it('starts every warm-up with Intl’s set-up, and runs the pieces in one order whatever the order asked', () => {
    expect(warmUpPieces('en', ['list', 'clock']).length).to.equal(3);
    expect(ALL_FORMATTING[0]).to.equal('set-up');
    expect(warmUpPieces('en', []).length, 'the set-up alone').to.equal(1);
  });

  it("leaves no formatter to make in the first render: Belgian wall clocks and languages' names included", async () => {
    await (warmUpNow('de') ?? Promise.resolve());
    const made: string[] = [];
    const { DateTimeFormat, DisplayNames, NumberFormat } = Intl;
    const counting = (kind: string, original: object) =>
      new Proxy(original, {
        construct(target, args) {
          made.push(kind);
          return Reflect.construct(target as typeof Intl.DateTimeFormat, args) as object;
        },
      });
    Object.assign(Intl, {
      DateTimeFormat: counting('DateTimeFormat', DateTimeFormat),
      DisplayNames: counting('DisplayNames', DisplayNames),
      NumberFormat: counting('NumberFormat', NumberFormat),
    });
    try {
      // What a walk-in office or a service card does first: "open now", its hours, the languages spoken.
      expect(wallClock(new Date('2026-12-02T09:15:00Z')).time).to.equal('10:15');
      expect(formatWallTimeRange('09:00', '12:00', 'de')).to.equal('09:00–12:00 Uhr');
      expect(languageName('ar', 'de')).to.equal('Arabisch');
      expect(formatDate(new Date('2026-12-02T09:15:00Z'), 'de')).to.equal('Mittwoch, 2. Dezember');
    } finally {
      Object.assign(Intl, { DateTimeFormat, DisplayNames, NumberFormat });
    }
    expect(made, 'formatters made after the warm-up').to.deep.equal([]);
  });

  it('changes no result of format.ts', () => {
    void warmUpNow('ar');
    expect(formatDate(new Date('2025-12-03T08:00:00Z'), 'ar')).to.equal('الأربعاء، 3 ديسمبر');
    expect(formatWallTimeRange('09:00', '12:00', 'ar')).to.match(/^09:00\s?–\s?12:00$/);
  });
});
