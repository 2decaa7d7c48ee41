import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { walkinsDataset } from '../../src/content/schema/walkins.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { setReaderLanguage } from '../../src/i18n/choice.js';
import { baseFor, captureWarnings, fast, setScenario, storeFor, uniqueKey, until } from '../content/helpers.js';
import { accessibleNames } from './accessible-names.js';
import { schedule, walkinHost, weekViews, type Walkins } from './walkin-helpers.js';

/** Clocks, written with Brussels' offset (CET in November). */
const WED_10 = new Date('2026-11-25T10:00:00+01:00');
const WED_1130 = new Date('2026-11-25T11:30:00+01:00');
const WED_7 = new Date('2026-11-25T07:00:00+01:00');
const TUE_20 = new Date('2026-11-24T20:00:00+01:00');
const THU_9 = new Date('2026-11-26T09:00:00+01:00');
/** Wednesday 11 November 2026 is Armistice Day, a public holiday. */
const HOLIDAY_WED_10 = new Date('2026-11-11T10:00:00+01:00');

const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
/** Visible words: white space collapsed, word joiners (which keep times on one line) left out. */
const words = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const office = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[data-office="${id}"]`)!;
const officeIds = (el: Element) => parts(el, 'office').map((o) => o.dataset.office);
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
const nextText = (el: Element, id: string) => words(office(el, id).querySelector('[part~="next-session"] strong'));
/** Asks for a calendar file as a reader does (the file is made when its link gets focus or a tap); its address. */
/** Focuses a calendar link, as a reader reaching for it: the writer loads then, and the link gets its file. */
async function calendarHref(el: FlWalkinSchedule, link: HTMLAnchorElement): Promise<string> {
  link.focus();
  await until(() => link.protocol === 'blob:', 3000, 'the calendar file is made');
  await el.updateComplete;
  return link.href;
}

describe('fl-walkin-schedule', () => {
  let previous: Partial<ContentOptions>;
  before(async () => {
    previous = configureContent(fast);
    await executeServerCommand('set-timezone', 'Europe/Brussels');
  });
  after(async () => {
    configureContent(previous);
    await executeServerCommand('set-timezone', null);
  });
  afterEach(() => setReaderLanguage(undefined));

  describe('content states', () => {
    it('keeps its heading and reserves space while loading', async () => {
      const key = uniqueKey('walkin');
      await setScenario(key, 'stall');
      const el = await fixture<FlWalkinSchedule>(html`<fl-walkin-schedule content-base=${baseFor(key)} .now=${WED_10}></fl-walkin-schedule>`);
      expect(words(root(el).querySelector('h2'))).to.equal('ICAM walk-in moments');
      const loading = part(el, 'loading')!;
      expect(loading.getAttribute('role')).to.equal('status');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(loading.getBoundingClientRect().height).to.be.at.least(20 * rem - 1);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows an error with a retry button and the host’s fallback, then the offices after a retry', async () => {
      const base = await walkinHost();
      const key = new URL(base).pathname.split('/')[2]!;
      await setScenario(key, 'fail');
      const { result: el } = await captureWarnings(async () => {
        const el = await fixture<FlWalkinSchedule>(html`<fl-walkin-schedule content-base=${base} .now=${WED_10}>
          <p slot="fallback">Ask at the town hall’s social desk.</p>
        </fl-walkin-schedule>`);
        await until(() => el.content.status === 'error', 3000, 'the error');
        await el.updateComplete;
        return el;
      });
      expect(words(part(el, 'error'))).to.contain('The information service is not answering');
      const slot = part(el, 'error')!.querySelector('slot[name="fallback"]') as HTMLSlotElement;
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['Ask at the town hall’s social desk.']);
      expect(parts(el, 'office')).to.have.length(0);
      await expect(el).to.be.accessible();
      await setScenario(key, 'files');
      part(el, 'retry')!.click();
      await until(() => el.content.status === 'ready', 3000, 'ready after retry');
      await el.updateComplete;
      expect(officeIds(el)).to.deep.equal(['icam-brussels', 'icam-liege', 'icam-antwerp']);
    });

    it('says when the offices shown could not be refreshed, with their last-updated date', async () => {
      const base = await walkinHost();
      const key = new URL(base).pathname.split('/')[2]!;
      await storeFor(key).load(walkinsDataset);
      await setScenario(key, 'fail');
      const { result: el } = await captureWarnings(async () => {
        const el = await fixture<FlWalkinSchedule>(html`<fl-walkin-schedule content-base=${base} .now=${WED_10}></fl-walkin-schedule>`);
        await until(() => el.content.stale, 3000, 'stale');
        await el.updateComplete;
        return el;
      });
      expect(words(part(el, 'stale-notice'))).to.contain('may be out of date. Last updated: 22 November 2026.');
      expect(officeIds(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('marks example content on screen and in the calendar files', async () => {
      const el = await schedule(await walkinHost(), TUE_20);
      expect(words(part(el, 'example-notice'))).to.contain('Example content');
      // Under the name of every office too, not only the notice above the list.
      const flags = parts(el, 'office').map((o) => words(o.querySelector('[part~="office-name"] + [part~="example-flag"]')));
      expect(flags).to.have.length(3);
      expect(new Set(flags)).to.deep.equal(new Set(['Example content: check it before relying on it.']));
      const ics = await (
        await fetch(await calendarHref(el, office(el, 'icam-liege').querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!))
      ).text();
      expect(ics.replace(/\r\n /g, '')).to.contain('Example content: check every fact');
    });

    it('loads the published example content through the real loader and fires fl-content-load', async () => {
      const base = await walkinHost();
      const el = document.createElement('fl-walkin-schedule');
      el.setAttribute('content-base', base);
      const loaded = new Promise<Event & { dataset?: string }>((resolve) => el.addEventListener('fl-content-load', resolve, { once: true }));
      document.body.append(el);
      const event = await loaded;
      expect(event.dataset).to.equal('walkins');
      el.remove();
    });
  });

  describe('the next walk-in moment, in Belgian time', () => {
    it('says the office is open now, until when, on a Wednesday at 10:00', async () => {
      const el = await schedule(await walkinHost(), WED_10);
      expect(officeIds(el)).to.deep.equal(['icam-brussels', 'icam-liege', 'icam-antwerp']);
      for (const id of officeIds(el)) expect(nextText(el, id!)).to.equal('Open now, until 12:00');
      expect(office(el, 'icam-liege').querySelector('[part~="next-session"]')!.getAttribute('data-state')).to.equal('open');
      expect(words(office(el, 'icam-liege').querySelector('[part~="next-session"]'))).not.to.contain('Closes');
      expect(part(el, 'zone-note'), 'the reader is in Brussels: no time zone note').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('warns that it closes soon', async () => {
      const el = await schedule(await walkinHost(), WED_1130);
      expect(words(office(el, 'icam-brussels').querySelector('[part~="next-session"]'))).to.contain('Closes in 30 minutes.');
    });

    it('counts down before the session on the day itself', async () => {
      const el = await schedule(await walkinHost(), WED_7);
      expect(nextText(el, 'icam-antwerp')).to.equal('Today, 09:00–12:00: starts in 2 hours');
    });

    it('says tomorrow on a Tuesday evening', async () => {
      const el = await schedule(await walkinHost(), TUE_20);
      expect(nextText(el, 'icam-brussels')).to.equal('Next walk-in moment: tomorrow, Wednesday 25 November, 09:00–12:00');
      // The hours never break across two lines.
      expect(office(el, 'icam-brussels').querySelector('[part~="next-session"] strong')!.textContent).to.contain('09:00–\u206012:00');
    });

    it('gives the date of next week’s session after this week’s', async () => {
      const el = await schedule(await walkinHost(), THU_9);
      expect(nextText(el, 'icam-brussels')).to.equal('Next walk-in moment: Wednesday 2 December, 09:00–12:00');
    });

    it('skips a public holiday on a Wednesday and says why', async () => {
      const el = await schedule(await walkinHost(), HOLIDAY_WED_10);
      expect(nextText(el, 'icam-liege')).to.equal('Next walk-in moment: Wednesday 18 November, 09:00–12:00');
      expect(words(office(el, 'icam-liege').querySelector('[part~="closures"]'))).to.equal(
        'No walk-in moment on Wednesday 11 November: public holiday (Armistice Day).',
      );
    });

    it('labels Belgian time for a reader in another time zone, with the same clock times', async () => {
      await executeServerCommand('set-timezone', 'America/New_York');
      try {
        const el = await schedule(await walkinHost(), TUE_20);
        expect(nextText(el, 'icam-brussels')).to.equal('Next walk-in moment: tomorrow, Wednesday 25 November, 09:00–12:00 (Belgian time)');
        expect(words(part(el, 'zone-note'))).to.equal('All times are Belgian time.');
      } finally {
        await executeServerCommand('set-timezone', 'Europe/Brussels');
      }
    });

    it('keeps 9:00 across the change to summer time', async () => {
      // Tuesday 24 March 2026, 20:00 CET; clocks go forward on Sunday 29 March.
      const el = await schedule(await walkinHost(), new Date('2026-03-24T20:00:00+01:00'), { city: 'liege' });
      expect(nextText(el, 'icam-liege')).to.equal('Next walk-in moment: tomorrow, Wednesday 25 March, 09:00–12:00');
      part(el, 'week-next')!.click();
      await el.updateComplete;
      const wednesday = root(el).querySelector('[part~="day"][data-date="2026-04-01"]')!;
      expect(words(wednesday)).to.contain('09:00–12:00');
      const ics = await (await fetch(await calendarHref(el, wednesday.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!))).text();
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.startDate.toString()).to.equal('2026-04-01T09:00:00');
      expect(event.startDate.toJSDate().toISOString(), '09:00 CEST').to.equal('2026-04-01T07:00:00.000Z');
    });

    it('follows a new clock', async () => {
      const el = await schedule(await walkinHost(), TUE_20);
      el.now = WED_10;
      await el.updateComplete;
      expect(nextText(el, 'icam-brussels')).to.equal('Open now, until 12:00');
      el.setAttribute('now', '2026-11-25T12:30:00+01:00');
      await el.updateComplete;
      expect(nextText(el, 'icam-brussels')).to.equal('Next walk-in moment: Wednesday 2 December, 09:00–12:00');
    });
  });

  describe('dated exceptions', () => {
    const edit = (data: Walkins) => {
      const liege = data.offices.find((o) => o.id === 'icam-liege') as { sessions: { exceptions: unknown[] } };
      liege.sessions.exceptions.push(
        { date: '2026-11-25', kind: 'changed', opens: '10:00', closes: '12:00', note: { en: 'Opens late: staff meeting.' } },
        { date: '2026-11-27', kind: 'extra', opens: '13:00', closes: '16:00', note: { en: 'Extra afternoon session.' } },
        { date: '2026-12-02', kind: 'closed', note: { en: 'Office move.' } },
      );
      const antwerp = data.offices.find((o) => o.id === 'icam-antwerp') as { sessions: { rules: { validUntil?: string }[] } };
      antwerp.sessions.rules[0]!.validUntil = '2026-10-31';
    };

    it('shows changed hours and an extra session with their notes, and a closed day ahead', async () => {
      const el = await schedule(await walkinHost(edit), WED_7);
      const liege = office(el, 'icam-liege');
      expect(nextText(el, 'icam-liege')).to.equal('Today, 10:00–12:00: starts in 3 hours');
      expect(words(liege.querySelector('[part~="next-session"]')))
        .to.contain('Changed hours')
        .and.to.contain('Opens late: staff meeting.');
      expect(words(liege.querySelector('[part~="closures"]'))).to.equal('No walk-in moment on Wednesday 2 December. Office move.');
      const el2 = await schedule(await walkinHost(edit), THU_9);
      expect(nextText(el2, 'icam-liege')).to.equal('Next walk-in moment: tomorrow, Friday 27 November, 13:00–16:00');
      expect(words(office(el2, 'icam-liege').querySelector('[part~="next-session"]'))).to.contain('Extra walk-in moment');
    });

    it('says when an office has no upcoming walk-in moment (its rule has ended)', async () => {
      const el = await schedule(await walkinHost(edit), WED_7);
      const antwerp = office(el, 'icam-antwerp');
      expect(antwerp.querySelector('[part~="next-session"]')!.getAttribute('data-state')).to.equal('none');
      expect(words(antwerp.querySelector('[part~="next-session"]'))).to.equal(
        'No walk-in moment is planned at the moment. Call the ICAM support line to ask when the next one is.',
      );
      expect(antwerp.querySelector('[part~="series-link"]'), 'no series to add').to.equal(null);
      expect(words(antwerp.querySelector('dl'))).not.to.contain('Every');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('narrows to a city, by id or by name, and opens its week view', async () => {
      const base = await walkinHost();
      for (const city of ['liege', 'Liège', 'Luik']) {
        const el = await schedule(base, WED_10, { city });
        expect(officeIds(el), city).to.deep.equal(['icam-liege']);
        expect(part(el, 'week-disclosure')!.hasAttribute('open')).to.equal(true);
      }
    });

    it('narrows to a province and to one office, and shows contact points with show="all"', async () => {
      const base = await walkinHost();
      expect(officeIds(await schedule(base, WED_10, { province: 'antwerp' }))).to.deep.equal(['icam-antwerp']);
      expect(officeIds(await schedule(base, WED_10, { office: 'icam-contact-point-hainaut' }))).to.deep.equal(['icam-contact-point-hainaut']);
      const all = await schedule(base, WED_10, { show: 'all' });
      expect(officeIds(all)).to.have.length(6);
      expect(words(root(all).querySelector('h2'))).to.equal('ICAM walk-in moments and contact points');
      const hainaut = office(all, 'icam-contact-point-hainaut');
      expect(words(hainaut.querySelector('[part~="access"]'))).to.equal('By appointment only');
      expect(hainaut.querySelector('[part~="next-session"]')).to.equal(null);
      expect(hainaut.querySelector('[part~="week"]')).to.equal(null);
      await expect(all).to.be.accessible();
    });

    it('can be embedded twice on one page without two landmarks of the same name', async () => {
      const base = await walkinHost();
      const first = await schedule(base, WED_10);
      const second = await schedule(base, WED_10, { city: 'liege', 'heading-level': '3' });
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(first.parentElement!, second.parentElement!);
      await first.updateComplete;
      await second.updateComplete;
      expect(part(first, 'support-line')).to.exist;
      expect(part(second, 'support-line')).to.exist;
      await expect(page).to.be.accessible();
    });

    it('says so when no office matches, and still gives the support line', async () => {
      const el = await schedule(await walkinHost(), WED_10, { city: 'ghent' });
      expect(parts(el, 'office')).to.have.length(0);
      expect(words(part(el, 'empty'))).to.equal('No ICAM office is listed for this place. The ICAM support line can tell you where to go.');
      expect(part(el, 'support-phone-link')!.getAttribute('href')).to.equal('tel:+3224889777');
      await expect(el).to.be.accessible();
    });

    it('follows heading-level for its heading and one below for offices and the support line', async () => {
      const el = await schedule(await walkinHost(), WED_10, { 'heading-level': '3' });
      expect(words(root(el).querySelector('h3'))).to.equal('ICAM walk-in moments');
      expect(parts(el, 'office-name').map((h) => h.tagName)).to.deep.equal(['H4', 'H4', 'H4']);
      expect(part(el, 'support-line-name')!.tagName).to.equal('H4');
      expect(root(el).querySelector('h2')).to.equal(null);
    });

    it('shows a language picker with language-picker', async () => {
      const el = await schedule(await walkinHost(), WED_10, { 'language-picker': '' });
      expect(part(el, 'language-select')).to.exist;
      const plain = await schedule(await walkinHost(), WED_10);
      expect(part(plain, 'language-select')).to.equal(null);
    });

    it('renders in French with lang="fr", dates and content included', async () => {
      const el = await schedule(await walkinHost(), TUE_20, { lang: 'fr' });
      expect(words(root(el).querySelector('h2'))).to.equal('Permanences ICAM');
      expect(nextText(el, 'icam-liege')).to.equal('Prochaine permanence : demain, mercredi 25 novembre, 09:00 – 12:00');
      expect(words(office(el, 'icam-liege').querySelector('[part~="office-name"]'))).to.equal('Bureau ICAM Liège');
    });

    it('renders right to left in Arabic, and is accessible there', async () => {
      const el = await schedule(await walkinHost(), TUE_20, { lang: 'ar', city: 'liege' });
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(office(el, 'icam-liege')).direction).to.equal('rtl');
      expect(words(office(el, 'icam-liege').querySelector('[part~="office-name"]'))).to.equal('مكتب ICAM في لييج');
      // The phone number stays left to right inside Arabic text.
      expect(part(el, 'support-phone-link')!.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  });

  describe('the reader’s filter', () => {
    it('appears when many offices show, filters by place and access, and announces the count', async () => {
      const el = await schedule(await walkinHost(), WED_10, { show: 'all' });
      const select = part(el, 'place-select') as HTMLSelectElement;
      expect(words(root(el).querySelector('label[for="place"]'))).to.equal('Place');
      expect([...select.options].map((o) => o.textContent.trim())).to.deep.equal([
        'All places',
        'Antwerp',
        'Brussels',
        'East Flanders',
        'Hainaut',
        'Liège',
        'Limburg',
      ]);
      select.value = 'province:hainaut';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(officeIds(el)).to.deep.equal(['icam-contact-point-hainaut']);
      await until(() => words(root(el).querySelector('.fl-visually-hidden[role="status"]')) === 'Places shown: 1', 2000, 'the count');

      const only = part(el, 'walk-in-only') as HTMLInputElement;
      only.click();
      await el.updateComplete;
      expect(officeIds(el)).to.deep.equal([]);
      expect(words(part(el, 'empty'))).to.contain('No office matches your choice.');
      part(el, 'show-all')!.click();
      await el.updateComplete;
      expect(officeIds(el)).to.have.length(6);
      expect(only.checked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('does not appear for three offices', async () => {
      const el = await schedule(await walkinHost(), WED_10);
      expect(part(el, 'filter')).to.equal(null);
    });
  });

  describe('the week view', () => {
    it('pages through weeks with the keyboard and announces each week', async () => {
      const el = await schedule(await walkinHost(), HOLIDAY_WED_10, { city: 'liege' });
      const title = () => words(part(el, 'week-title'));
      expect(title()).to.equal('Week of 9 – 15 November 2026');
      const holiday = root(el).querySelector('[part~="day"][data-date="2026-11-11"]')!;
      expect(holiday.getAttribute('aria-current')).to.equal('date');
      expect(words(holiday)).to.contain('Closed: public holiday (Armistice Day)');
      expect(part(el, 'week-previous')!.getAttribute('aria-disabled')).to.equal('true');

      part(el, 'week-next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(title()).to.equal('Week of 16 – 22 November 2026');
      expect(words(root(el).querySelector('[part~="day"][data-date="2026-11-18"]'))).to.contain('09:00–12:00');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(title()).to.equal('Week of 23 – 29 November 2026');
      expect(root(el).activeElement, 'focus stays on the button').to.equal(part(el, 'week-next'));
      await until(
        () => words(root(el).querySelector('.fl-visually-hidden[role="status"]')) === 'Week of 23 – 29 November 2026',
        2000,
        'the announcement',
      );

      await shiftTab();
      expect(root(el).activeElement).to.equal(part(el, 'week-previous'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(title()).to.equal('Week of 16 – 22 November 2026');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'week-this'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(title(), 'This week').to.equal('Week of 9 – 15 November 2026');
      await shiftTab();
      await shiftTab();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(title(), 'no week before this one').to.equal('Week of 9 – 15 November 2026');
      await expect(el).to.be.accessible();
    });

    it('opens and closes with the keyboard when several offices show', async () => {
      const el = await schedule(await walkinHost(), WED_10);
      const details = office(el, 'icam-brussels').querySelector('details')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await weekViews(el);
      expect(words(details.querySelector('[part~="week-title"]'))).to.equal('Week of 23 – 29 November 2026');
      // The session under way has no calendar link; it says it is open.
      expect(words(details.querySelector('[data-date="2026-11-25"]'))).to.contain('open now');
    });
  });

  describe('calendar files', () => {
    it('offers one session as an .ics download with the right name, media type, time zone and text', async () => {
      const el = await schedule(await walkinHost(), TUE_20, { city: 'liege' });
      const link = office(el, 'icam-liege').querySelector<HTMLAnchorElement>('[part~="next-session"] [part~="calendar-link"]')!;
      // Made when the reader asks, not with every render.
      expect(link.protocol).not.to.equal('blob:');
      await calendarHref(el, link);
      expect(link.protocol).to.equal('blob:');
      expect(link.getAttribute('download')).to.equal('icam-liege-2026-11-25-0900.ics');
      expect(words(link)).to.equal('ICAM office Liège, Wednesday 25 November: Add to calendar');
      const response = await fetch(link.href);
      expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
      const ics = await response.text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).to.contain('DTSTART;TZID=Europe/Brussels:20261125T090000\r\n');
      expect(ics).to.contain('DTEND;TZID=Europe/Brussels:20261125T120000\r\n');
      expect(ics).to.contain('TZID:Europe/Brussels');
      expect(ics).to.contain('UID:icam-liege-series-r0@');
      expect(ics).to.contain('RECURRENCE-ID;TZID=Europe/Brussels:20261125T090000\r\n');
      expect(ics).to.contain(`DTSTAMP:20261124T190000Z`);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('ICAM walk-in moment: ICAM office Liège');
      expect(event.location).to.equal('The address is given on request through the ICAM support line. 02 488 97 77');
      expect(event.startDate.toJSDate().toISOString()).to.equal('2026-11-25T08:00:00.000Z');
    });

    it('offers the weekly series with its rule and the holidays left out', async () => {
      const el = await schedule(await walkinHost(), TUE_20, { city: 'liege' });
      const link = part(el, 'series-link') as HTMLAnchorElement;
      expect(link.getAttribute('download')).to.equal('icam-liege-walk-in-moments.ics');
      // A year of sessions is worked out when the reader asks for it.
      expect(link.protocol).not.to.equal('blob:');
      await calendarHref(el, link);
      expect(link.protocol).to.equal('blob:');
      const ics = (await (await fetch(link.href)).text()).replace(/\r\n /g, '');
      expect(ics).to.match(/RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=\d{8}T\d{6}Z/);
      // 21 July 2027, Belgian National Day, is a Wednesday.
      expect(ics).to.contain('EXDATE;TZID=Europe/Brussels:20270721T090000');
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      const iterator = new ICAL.Event(vevent).iterator();
      const first = iterator.next();
      expect(first.toString()).to.equal('2026-11-25T09:00:00');
    });

    it('links directions to OpenStreetMap only when the office has coordinates, and shows a published address', async () => {
      const base = await walkinHost((data) => {
        const liege = data.offices.find((o) => o.id === 'icam-liege')!;
        liege.address = { street: 'Test street 1 (test data)', postcode: '4000', municipality: { en: 'Liège', fr: 'Liège', nl: 'Luik' } };
        liege.geo = { lat: 50.6326, lon: 5.5797 };
      });
      const el = await schedule(base, WED_10);
      const liege = office(el, 'icam-liege');
      expect([...liege.querySelectorAll('[part~="address"] .line')].map(words)).to.deep.equal(['Test street 1 (test data)', '4000 Liège']);
      const directions = liege.querySelector<HTMLAnchorElement>('[part~="directions-link"]')!;
      expect(directions.href).to.equal('https://www.openstreetmap.org/directions?to=50.6326%2C5.5797#map=17/50.6326/5.5797');
      // Each office's links are named after it first, so that a screen reader's list of links tells them apart.
      const links = await accessibleNames(['link']);
      expect(links).to.include('ICAM office Liège: Directions on OpenStreetMap');
      expect(links).to.include('ICAM office Liège: Add all walk-in moments to your calendar');
      expect(
        links.filter((name) => /^(Directions on OpenStreetMap|Add all walk-in moments to your calendar|Add to calendar|Website)$/.test(name)),
      ).to.deep.equal([]);
      expect(office(el, 'icam-brussels').querySelector('[part~="directions-link"]')).to.equal(null);
      expect(words(office(el, 'icam-brussels').querySelector('[part~="address-on-request"]'))).to.equal(
        'The address is given on request through the ICAM support line.',
      );
      expect(root(el).querySelector('iframe, img, [src^="http"]'), 'no embedded map').to.equal(null);
    });

    it('revokes its download URLs when the element leaves the page', async () => {
      const el = await schedule(await walkinHost(), TUE_20);
      const href = await calendarHref(el, part(el, 'calendar-link') as HTMLAnchorElement);
      expect((await fetch(href)).ok).to.equal(true);
      el.remove();
      let failed = false;
      try {
        await fetch(href);
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
    });
  });

  describe('the support line', () => {
    it('offers tap-to-call and e-mail links', async () => {
      const base = await walkinHost((data) => {
        data.supportLine.email = 'icam-support@example.org';
      });
      const el = await schedule(base, WED_10);
      expect(words(part(el, 'support-line-name'))).to.equal('ICAM support line');
      const call = part(el, 'support-phone-link') as HTMLAnchorElement;
      expect(call.getAttribute('href')).to.equal('tel:+3224889777');
      expect(words(call)).to.equal('Call 02 488 97 77');
      expect(part(el, 'support-email-link')!.getAttribute('href')).to.equal('mailto:icam-support@example.org');
      // Offices without an address send the reader to the same number.
      expect(office(el, 'icam-brussels').querySelector('[part~="address-call-link"]')!.getAttribute('href')).to.equal('tel:+3224889777');
    });

    it('calls a number written “+32 (0)2 …” without the 0, and puts nothing after an e-mail address into the mail’s headers', async () => {
      const base = await walkinHost((data) => {
        data.supportLine.phone = '+32 (0)2 488 97 77';
        data.supportLine.email = 'x@y.be?subject=Hi';
      });
      const el = await schedule(base, WED_10);
      expect(part(el, 'support-phone-link')!.getAttribute('href')).to.equal('tel:+3224889777');
      expect(office(el, 'icam-brussels').querySelector('[part~="address-call-link"]')!.getAttribute('href')).to.equal('tel:+3224889777');
      const mail = new URL((part(el, 'support-email-link') as HTMLAnchorElement).href);
      expect(mail.protocol).to.equal('mailto:');
      expect(mail.search, 'no header').to.equal('');
      expect(decodeURIComponent(mail.pathname)).to.equal('x@y.be?subject=Hi');
    });

    it('renders content as text, never as markup', async () => {
      const base = await walkinHost((data) => {
        (data.offices[0]!.name as Record<string, string>).en = '<img src=x onerror="window.__flWalkinXss=1">Brussels';
      });
      const el = await schedule(base, WED_10);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(words(office(el, 'icam-brussels').querySelector('h3'))).to.contain('<img src=x');
      expect((window as unknown as Record<string, unknown>).__flWalkinXss).to.equal(undefined);
    });
  });
});
