import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Schedule } from '../../src/content/schema/common.js';
import { escapeText, foldLine, seriesIcs, sessionIcs } from '../../src/logic/ics.js';
import { addDays, zonedInstant } from '../../src/logic/zoned-time.js';
import { sessionOn, sessionsBetween } from './sessions.js';

const encoder = new TextEncoder();

/** Unfolds content lines (RFC 5545 3.1). */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/**
 * Checks the rules of RFC 5545 that a calendar app relies on and returns what is wrong: CRLF line ends,
 * 75-octet lines, content line syntax, balanced components, the required properties, time zone
 * references, UTC where required, TEXT escaping, unique UIDs.
 */
function rfc5545Problems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('bare CR or LF');
  text
    .split('\r\n')
    .forEach((line, i) => encoder.encode(line).length > 75 && problems.push(`line ${i + 1} is ${encoder.encode(line).length} octets`));
  const lines = unfold(text);
  const stack: string[] = [];
  const tzids = new Set<string>();
  const uids: string[] = [];
  let event: Map<string, string[]> | undefined;
  const calendarProps = new Map<string, number>();
  const valueOf = (property: string) => property.split(':')[1] ?? '';
  const contentLine = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/;
  for (const line of lines) {
    const match = contentLine.exec(line);
    if (!match) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const [, rawName = '', params = '', value = ''] = match;
    const name = rawName.toUpperCase();
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') problems.push(`outermost component is ${value}`);
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (open !== value) problems.push(`END:${value} closes ${open}`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          if (event.get(required)?.length !== 1) problems.push(`VEVENT needs exactly one ${required}`);
        }
        uids.push(event.get('UID')?.[0] ?? '');
        const start = event.get('DTSTART')?.[0] ?? '';
        const end = event.get('DTEND')?.[0];
        if (end !== undefined && valueOf(end) <= valueOf(start)) problems.push(`DTEND ${end} not after DTSTART ${start}`);
        for (const exdate of event.get('EXDATE') ?? []) {
          if (exdate.split(':')[0] !== start.split(':')[0]) problems.push(`EXDATE ${exdate} not of the form of DTSTART ${start}`);
        }
        event = undefined;
      }
      continue;
    }
    if (stack.length === 1) calendarProps.set(name, (calendarProps.get(name) ?? 0) + 1);
    if (name === 'TZID' && stack.at(-1) === 'VTIMEZONE') tzids.add(value);
    const tzid = /;TZID=([^;:]+)/.exec(params)?.[1];
    if (tzid && !tzids.has(tzid)) problems.push(`TZID ${tzid} has no VTIMEZONE before it`);
    if (name === 'DTSTAMP' && !/^\d{8}T\d{6}Z$/.test(value)) problems.push(`DTSTAMP not in UTC: ${value}`);
    if (['DTSTART', 'DTEND', 'EXDATE'].includes(name) && stack.at(-1) === 'VEVENT' && !/^\d{8}T\d{6}Z?$/.test(value)) {
      problems.push(`${name} not a DATE-TIME: ${value}`);
    }
    if (name === 'RRULE' && stack.at(-1) === 'VEVENT') {
      const until = /UNTIL=([^;]+)/.exec(value)?.[1];
      if (until && !until.endsWith('Z')) problems.push(`RRULE UNTIL not in UTC: ${value}`);
    }
    if (['SUMMARY', 'DESCRIPTION', 'LOCATION'].includes(name)) {
      if (/(?<!\\)(\\\\)*[,;]/.test(value)) problems.push(`unescaped , or ; in ${name}`);
      if (/\\(?![\\;,nN])/.test(value.replace(/\\\\/g, ''))) problems.push(`bad escape in ${name}`);
    }
    if (event) event.set(name, [...(event.get(name) ?? []), `${params}:${value}`]);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(', ')}`);
  if (calendarProps.get('VERSION') !== 1 || !lines.includes('VERSION:2.0')) problems.push('VCALENDAR needs VERSION:2.0 once');
  if (calendarProps.get('PRODID') !== 1) problems.push('VCALENDAR needs PRODID once');
  if (new Set(uids).size !== uids.length) problems.push('duplicate UID');
  return problems;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

/** Every occurrence a calendar app would show, as "start/end" in UTC, from ical.js (Mozilla's parser). */
function occurrences(text: string): string[] {
  const out: string[] = [];
  for (const vevent of parse(text).getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const duration = event.endDate.toUnixTime() - event.startDate.toUnixTime();
    if (!event.isRecurring()) {
      out.push(`${event.startDate.toJSDate().toISOString()}/${event.endDate.toJSDate().toISOString()}`);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 1000; next = iterator.next(), guard++) {
      const start = next.toJSDate();
      out.push(`${start.toISOString()}/${new Date(start.getTime() + duration * 1000).toISOString()}`);
    }
  }
  return out.sort();
}

const dtstamp = new Date('2026-11-22T10:00:00Z');
const wednesdays: Schedule = {
  rules: [{ days: ['we'], opens: '09:00', closes: '12:00' }],
  exceptions: [
    { date: '2026-12-09', kind: 'closed' },
    { date: '2026-12-16', kind: 'changed', opens: '13:00', closes: '15:00' },
    { date: '2026-12-18', kind: 'extra', opens: '09:30', closes: '11:30' },
  ],
  publicHolidays: 'closed',
};

describe('ics: calendar files', () => {
  it('the structure check itself finds broken files', () => {
    const good = sessionIcs(sessionOn(wednesdays, '2026-11-25'), { uid: 'a@example.org', dtstamp, summary: 'x' });
    expect(rfc5545Problems(good)).to.deep.equal([]);
    expect(rfc5545Problems(good.replace(/\r\n/g, '\n'))).to.include('bare CR or LF');
    expect(rfc5545Problems(good.replace('SUMMARY:x', 'SUMMARY:a,b'))).to.include('unescaped , or ; in SUMMARY');
    expect(rfc5545Problems(good.replace('SUMMARY:x', `SUMMARY:${'x'.repeat(80)}`))[0]).to.match(/octets/);
    expect(rfc5545Problems(good.replace(/^UID:.*\r\n/m, ''))).to.include('VEVENT needs exactly one UID');
    expect(rfc5545Problems(good.replace('END:VEVENT', 'END:VTODO')).join()).to.match(/closes VEVENT/);
    expect(rfc5545Problems(good.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, '')).join()).to.match(/has no VTIMEZONE/);
  });

  it('writes one session with a VTIMEZONE, local times, UID and the DTSTAMP passed in', () => {
    const session = sessionOn(wednesdays, '2026-11-25');
    const text = sessionIcs(session, {
      uid: 'icam-liege-20261125@example.org',
      dtstamp,
      summary: 'ICAM walk-in moment, Liège',
      location: 'Given on request: 02 488 97 77',
      url: 'https://dofi.ibz.be',
    });
    expect(rfc5545Problems(text)).to.deep.equal([]);
    const lines = unfold(text);
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//frontline-widgets//frontline-widgets//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).to.include.members([
      'TZID:Europe/Brussels',
      'UID:icam-liege-20261125@example.org',
      'DTSTAMP:20261122T100000Z',
      'DTSTART;TZID=Europe/Brussels:20261125T090000',
      'DTEND;TZID=Europe/Brussels:20261125T120000',
      'SUMMARY:ICAM walk-in moment\\, Liège',
      'LOCATION:Given on request: 02 488 97 77',
      // The address as the URL parser serialises it.
      'URL:https://dofi.ibz.be/',
    ]);
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(occurrences(text)).to.deep.equal(['2026-11-25T08:00:00.000Z/2026-11-25T11:00:00.000Z']);
  });

  it('puts a summer session at the right instant for a calendar app (ical.js reads the VTIMEZONE)', () => {
    const session = sessionOn(wednesdays, '2027-04-07');
    expect(occurrences(sessionIcs(session, { uid: 'x@example.org', dtstamp, summary: 'x' }))).to.deep.equal([
      '2027-04-07T07:00:00.000Z/2027-04-07T10:00:00.000Z',
    ]);
  });

  it('writes a weekly series with RRULE, UNTIL in UTC, EXDATE for a holiday and a closed day, and its exceptions', () => {
    const now = new Date('2026-11-01T12:00:00+01:00');
    const text = seriesIcs(wednesdays, { uid: 'icam-brussels@example.org', dtstamp, summary: 'ICAM walk-in moment', now, horizonDays: 60 })!;
    expect(rfc5545Problems(text)).to.deep.equal([]);
    const lines = unfold(text);
    expect(lines).to.include.members([
      'UID:icam-brussels-r0@example.org',
      'DTSTART;TZID=Europe/Brussels:20261104T090000',
      'DTEND;TZID=Europe/Brussels:20261104T120000',
      'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T225959Z',
      'EXDATE;TZID=Europe/Brussels:20261111T090000', // Armistice Day
      'EXDATE;TZID=Europe/Brussels:20261209T090000', // closed
      'EXDATE;TZID=Europe/Brussels:20261216T090000', // changed hours
    ]);
    expect(lines.filter((l) => l.startsWith('EXDATE'))).to.have.length(3);
    expect(lines).to.include.members(['UID:icam-brussels-20261216T1300@example.org', 'UID:icam-brussels-20261218T0930@example.org']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(3);
  });

  it('gives a calendar app exactly the sessions the schedule has, across both clock changes and holidays', () => {
    const schedule: Schedule = {
      ...wednesdays,
      rules: [
        { days: ['we'], opens: '09:00', closes: '12:00' },
        { days: ['mo', 'th'], opens: '13:30', closes: '16:00', validUntil: '2027-06-30' },
      ],
    };
    const now = new Date('2026-11-22T12:00:00+01:00');
    const text = seriesIcs(schedule, { uid: 'series@example.org', dtstamp, summary: 'x', now })!;
    expect(rfc5545Problems(text)).to.deep.equal([]);
    const expected = sessionsBetween(schedule, zonedInstant('2026-11-22', '00:00'), zonedInstant(addDays('2026-11-22', 366), '00:00'))
      .map((s) => `${s.start.toISOString()}/${s.end.toISOString()}`)
      .sort();
    expect(expected.length).to.be.greaterThan(100);
    expect(occurrences(text)).to.deep.equal(expected);
  });

  it('leaves out an expired rule and returns nothing when nothing takes place', () => {
    const expired: Schedule = { ...wednesdays, exceptions: [], rules: [{ days: ['we'], opens: '09:00', closes: '12:00', validUntil: '2026-11-18' }] };
    expect(seriesIcs(expired, { uid: 'x@example.org', dtstamp, summary: 'x', now: new Date('2026-11-22T12:00:00Z') })).to.be.undefined;
  });

  it('agrees with Intl about Europe/Brussels from 2020 to 2040 (the VTIMEZONE rules)', () => {
    const session = sessionOn(wednesdays, '2026-11-25');
    parse(sessionIcs(session, { uid: 'x@example.org', dtstamp, summary: 'x' }));
    const zone = ICAL.TimezoneService.get('Europe/Brussels');
    for (let year = 2020; year <= 2040; year++) {
      for (const [month, day, time] of [
        [1, 15, '12:00'],
        [3, 24, '01:30'],
        [3, 31, '03:30'],
        [6, 1, '09:00'],
        [10, 24, '01:30'],
        [10, 31, '03:30'],
        [12, 31, '23:59'],
      ] as const) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const [hour, minute] = time.split(':').map(Number);
        const t = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, zone);
        expect(t.toJSDate().toISOString(), `${date} ${time}`).to.equal(zonedInstant(date, time).toISOString());
      }
    }
  });

  it('escapes TEXT values and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const arabic = 'يمكنكم الحضور دون موعد في أوقات الاستقبال المفتوح في بروكسل أو لييج أو أنتويرب 🙂, ثم اتصلوا بخط الدعم.';
    const session = sessionOn(wednesdays, '2026-11-25');
    const text = sessionIcs(session, { uid: 'x@example.org', dtstamp, summary: 'Walk-in; no appointment', description: `${arabic}\nSecond line` });
    expect(rfc5545Problems(text)).to.deep.equal([]);
    const raw = text.split('\r\n');
    expect(raw.some((line) => line.startsWith(' '))).to.be.true;
    for (const line of raw) expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).to.equal(line);
    const vevent = parse(text).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('description')).to.equal(`${arabic}\nSecond line`);
    expect(vevent.getFirstPropertyValue('summary')).to.equal('Walk-in; no appointment');
    const folded = foldLine('X'.repeat(200));
    expect(folded.split('\r\n').map((l) => l.length)).to.deep.equal([75, 75, 52]);
  });

  it('leaves out a URL that is not https, or written with a line break or a control character', () => {
    const session = sessionOn(wednesdays, '2026-11-25');
    for (const url of [
      'javascript:alert(1)',
      'http://dofi.ibz.be',
      'https://dofi.ibz.be/\r\nBEGIN:VALARM',
      'https://dofi.ibz.be/\u0000x',
      'https://dofi.ibz.be/ x',
    ]) {
      const text = sessionIcs(session, { uid: 'x', dtstamp, summary: 'x', url });
      expect(rfc5545Problems(text), url).to.deep.equal([]);
      expect(
        unfold(text).filter((line) => line.startsWith('URL')),
        url,
      ).to.deep.equal([]);
    }
  });

  it('writes every property value for its type: no content adds a line (an alarm, an attachment) of its own', () => {
    const session = sessionOn(wednesdays, '2026-11-25');
    const injected = '\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nATTACH:https://evil.example/x';
    const text = sessionIcs(session, {
      uid: `icam-liege${injected}@example.org`,
      dtstamp,
      summary: `Walk-in${injected}`,
      location: `Rue\u2028Haute${injected}`,
      description: `Note\rwith a lone CR${injected}`,
      url: 'https://dofi.ibz.be/a path?x=é',
      geo: { lat: Number.NaN, lon: 4 },
    });
    expect(rfc5545Problems(text)).to.deep.equal([]);
    const lines = unfold(text);
    expect(lines.filter((line) => /^(BEGIN:VALARM|ACTION|TRIGGER|ATTACH|GEO|URL)/.test(line))).to.deep.equal([]);
    const vevent = parse(text).getFirstSubcomponent('vevent')!;
    expect(vevent.getAllSubcomponents('valarm')).to.have.length(0);
    expect(vevent.getFirstPropertyValue('summary')).to.equal(`Walk-in${injected.replace(/\r\n/g, '\n')}`);
    // A URL the parser accepts is written as it serialises it.
    const parsed = sessionIcs(session, { uid: 'x', dtstamp, summary: 'x', url: 'https://dofi.ibz.be/a?x=é' });
    expect(unfold(parsed)).to.include('URL:https://dofi.ibz.be/a?x=%C3%A9');
  });
});
