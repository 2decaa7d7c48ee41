// What readers hit in the walk-in schedule (issue 16): the 24-hour clock in Arabic, week changes said
// aloud, public holidays only where the office would be open, one date style, calendar files.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { fast, until } from '../content/helpers.js';
import { schedule, walkinHost } from './walkin-helpers.js';

/** Wednesday 25 November 2026, 10:00 in Brussels. */
const WED_10 = new Date('2026-11-25T10:00:00+01:00');

const root = (el: Element) => el.shadowRoot!;
const words = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('fl-walkin-schedule: readers', () => {
  let previous: Partial<ContentOptions>;
  let base: string;
  before(async () => {
    previous = configureContent(fast);
    await executeServerCommand('set-timezone', 'Europe/Brussels');
    base = await walkinHost((data) => {
      // An afternoon session, to see 13:30 written as Belgian doors write it.
      (data.offices[0]!.sessions as { rules: unknown[] }).rules.push({ days: ['th'], opens: '13:30', closes: '16:00' });
    });
  });
  after(async () => {
    configureContent(previous);
    await executeServerCommand('set-timezone', null);
  });

  it('writes times on the 24-hour clock with two-digit hours in Arabic, as in every language', async () => {
    for (const lang of ['ar', 'fr', 'nl', 'en']) {
      const el = await schedule(base, WED_10, { lang });
      const text = words(root(el).querySelector('[part~="office"]'));
      expect(text, lang).to.match(/13:30 ?– ?16:00/);
      expect(text, lang).to.match(/09:00 ?– ?12:00/);
      expect(text, lang).not.to.match(/\b1:30|\b9:00|[0-9] ?[صم](?![\p{L}])/u);
    }
  });

  it('says "Closed: public holiday" only on a day the office would have been open', async () => {
    const christmasWeek = await schedule(base, new Date('2026-12-23T10:00:00+01:00'), { city: 'liege' });
    const day = (date: string) => words(root(christmasWeek).querySelector(`[part~="day"][data-date="${date}"]`));
    // Christmas Day is a Friday: the Liège office never opens on Fridays.
    expect(day('2026-12-25')).not.to.contain('public holiday');
    expect(day('2026-12-25')).to.contain('No walk-in moment');
    const armistice = await schedule(base, new Date('2026-11-11T10:00:00+01:00'), { city: 'liege' });
    expect(words(root(armistice).querySelector('[part~="day"][data-date="2026-11-11"]'))).to.contain('Closed: public holiday (Armistice Day)');
  });

  it('writes a date the same way with or without its year', async () => {
    const el = await schedule(base, new Date('2026-12-30T13:00:00+01:00'), { city: 'liege', lang: 'en' });
    const next = words(root(el).querySelector('[part~="next-session"] strong'));
    expect(next).to.equal('Next walk-in moment: Wednesday 6 January 2027, 09:00–12:00');
    const thisYear = await schedule(base, new Date('2026-12-23T13:00:00+01:00'), { city: 'liege', lang: 'en' });
    expect(words(root(thisYear).querySelector('[part~="next-session"] strong'))).to.equal('Next walk-in moment: Wednesday 30 December, 09:00–12:00');
  });

  it('adds the next session and then the series as one event, with "check before you go" and a link back', async () => {
    const el = await schedule(base, new Date('2026-11-24T20:00:00+01:00'), { city: 'liege' });
    const fileOf = async (link: HTMLAnchorElement) => {
      link.focus();
      await until(() => link.protocol === 'blob:', 5000, 'the calendar file');
      return new ICAL.Component(ICAL.parse(await (await fetch(link.href)).text()));
    };
    const office = root(el).querySelector('[data-office="icam-liege"]')!;
    const session = await fileOf(office.querySelector<HTMLAnchorElement>('[part~="next-session"] [part~="calendar-link"]')!);
    const series = await fileOf(root(el).querySelector<HTMLAnchorElement>('[part~="series-link"]')!);
    const single = new ICAL.Event(session.getFirstSubcomponent('vevent')!);
    const weekly = series
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .find((event) => event.isRecurring())!;
    // The same event: the series' UID, and the date of one of its occurrences as RECURRENCE-ID.
    expect(single.uid).to.equal(weekly.uid);
    expect(single.recurrenceId.toString()).to.equal(weekly.iterator().next().toString());
    // A calendar merging both files by UID and RECURRENCE-ID holds one event on 25 November.
    const events = new Map<string, number>();
    for (const event of [single, weekly]) {
      const start = event.isRecurring() ? event.iterator().next().toString() : event.recurrenceId.toString();
      events.set(`${event.uid}|${start}`, (events.get(`${event.uid}|${start}`) ?? 0) + 1);
    }
    expect([...events.values()]).to.deep.equal([2]);
    for (const event of [single, weekly]) {
      expect(event.description).to.contain('Times can change: check before you go.');
      expect(event.description).to.contain(location.href);
    }
  });

  it('says "until 08:00 tomorrow" for a walk-in moment or a support line that ends the next day, as the finder does', async () => {
    const night = await walkinHost((data) => {
      const office = data.offices.find((o) => o.id === 'icam-brussels')!;
      (office.sessions as Record<string, unknown>).exceptions = [
        { date: '2026-11-25', kind: 'extra', opens: '20:00', closes: '08:00', closesNextDay: true },
      ];
      data.supportLine.hours = {
        rules: [{ days: ['we'], opens: '18:00', closes: '06:00', closesNextDay: true }],
        exceptions: [],
        publicHolidays: 'open',
      };
    });
    const evening = await schedule(night, new Date('2026-11-25T22:00:00+01:00'), { city: 'brussels' });
    const brussels = root(evening).querySelector('[data-office="icam-brussels"]')!;
    expect(words(brussels.querySelector('[part~="next-session"] strong'))).to.equal('Open now, until 08:00 tomorrow');
    expect(words(root(evening).querySelector('[part~="support-hours"] strong'))).to.equal('Open now, until 06:00 tomorrow');
    // After midnight the same session closes today.
    const small = await schedule(night, new Date('2026-11-26T01:00:00+01:00'), { city: 'brussels' });
    expect(words(root(small).querySelector('[data-office="icam-brussels"] [part~="next-session"] strong'))).to.equal('Open now, until 08:00');
    const french = await schedule(night, new Date('2026-11-25T22:00:00+01:00'), { city: 'brussels', lang: 'fr' });
    const frenchText = () => words(root(french).querySelector('[data-office="icam-brussels"] [part~="next-session"] strong'));
    await until(() => frenchText() !== 'Open now, until 08:00 tomorrow', 5000, 'the French strings');
    expect(frenchText()).to.equal('Ouvert maintenant, jusqu’à demain 08:00');
  });

  it('speaks Dutch in the formal "u"', async () => {
    const el = await schedule(base, WED_10, { city: 'liege', lang: 'nl' });
    expect(words(root(el).querySelector('[part~="series-link"]'))).to.match(/^ICAM-kantoor Luik: Alle inloopmomenten in uw agenda zetten/);
    expect(words(root(el).querySelector('[part~="address-on-request"]'))).to.equal('Het adres krijgt u op vraag via de ICAM-ondersteuningslijn.');
    expect(root(el).textContent ?? '').not.to.match(/\b(je|jij|jouw)\b/i);
  });
});
