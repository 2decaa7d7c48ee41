/**
 * iCalendar (RFC 5545) files for "add to calendar": one session, or a schedule's weekly series.
 *
 * Times are written in Europe/Brussels local time with a VTIMEZONE, so a calendar in any time zone shows
 * each session at the right moment, on both sides of a daylight-saving change. A weekly series is one
 * VEVENT per weekly rule with an RRULE bounded to the period the file covers (its validity, at most
 * `horizonDays` ahead: public holidays and announced exceptions are only known that far), EXDATEs for the
 * dates it does not take place (holidays, closed days, changed hours), and a VEVENT of its own for each
 * changed-hours or extra session in that period.
 *
 * Output: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 sequence), every property value
 * written for its type: TEXT escaped (no line break or control character survives), the URL as the URL
 * parser serialises it (an address with a line break or a control character is left out), numbers
 * finite. Content cannot add a line of its own (an alarm, an attachment) to the file. Nothing here reads
 * the clock: DTSTAMP is passed in.
 */
import type { GeoPoint } from '../content/schema/common.js';
import { type ScheduleDay, type ScheduleLike, type Session, ruleAppliesOn, scheduleDay } from './schedule.js';
import { addDays, BRUSSELS, localDate, zonedInstant } from './zoned-time.js';

/** The text of an event, already in the reader's language. */
export interface IcsEventText {
  /** SUMMARY: a short title ("ICAM walk-in moment, Liège"). */
  summary: string;
  /** DESCRIPTION: plain text, newlines allowed. */
  description?: string;
  /** LOCATION: an address, or where to ask for it. */
  location?: string;
  /** URL: an https page about the event. */
  url?: string;
  /** GEO: where it is. */
  geo?: GeoPoint;
}

export interface IcsCommonOptions extends IcsEventText {
  /**
   * A globally unique, stable id for the event or series (`icam-liege-20261125@example.org`). A series
   * derives one UID per VEVENT from it, so importing the same file again updates rather than duplicates.
   */
  uid: string;
  /** DTSTAMP: when the file is made (the clock, passed in). */
  dtstamp: Date;
}

/** Options of {@link sessionIcs}. */
export interface IcsSessionOptions extends IcsCommonOptions {
  /**
   * `uid` is the UID of the series file (`seriesIcs`) the session belongs to: the session then carries
   * the UID the series gives it, and a weekly one its RECURRENCE-ID, so a reader who adds the next
   * session and then the series (or the other way round) gets one event, not two.
   */
  inSeries?: boolean;
}

export interface IcsSeriesOptions extends IcsCommonOptions {
  /** The first day the file covers is the Europe/Brussels date of `now`. */
  now: Date;
  /** How many days ahead the series runs at most (default 365). */
  horizonDays?: number;
}

/** The PRODID of every file this library writes. */
const ICS_PRODID = '-//frontline-widgets//frontline-widgets//EN';

/** The media type to serve or save the file with. */
export const ICS_MEDIA_TYPE = 'text/calendar;charset=utf-8';

/**
 * Europe/Brussels as a VTIMEZONE: the EU rule in force since 1996 (summer time from the last Sunday of
 * March, 02:00 CET, to the last Sunday of October, 03:00 CEST). Tests check it against Intl.
 */
const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BRUSSELS}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const ICS_BYDAY: Record<string, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline (and the Unicode line and
 * paragraph separators, which some calendars also break lines at); drops other control characters.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, '')
  );
}

/**
 * A URI value: an https address as the URL parser serialises it, or undefined for anything else, and for
 * an address written with a control character or a line break (which the parser would drop silently).
 */
function icsUri(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F\s]/.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 3.1): no line longer than 75 octets, continuation lines start with a
 * space, and a fold never splits a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSSZ` (UTC). */
function formatUtc(instant: Date): string {
  return (
    `${String(instant.getUTCFullYear()).padStart(4, '0')}${pad2(instant.getUTCMonth() + 1)}${pad2(instant.getUTCDate())}` +
    `T${pad2(instant.getUTCHours())}${pad2(instant.getUTCMinutes())}${pad2(instant.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDDTHHMMSS` local time from a `YYYY-MM-DD` date and an `HH:MM` time (`24:00` becomes the next day's 00:00). */
function formatLocal(date: string, time: string): string {
  if (time === '24:00') return formatLocal(addDays(date, 1), '00:00');
  // Digits only: a value that is not a date or a time (a device copy is not checked again) adds no text.
  return `${date.replace(/\D/g, '')}T${time.replace(/\D/g, '')}00`;
}

function uidFor(base: string, suffix: string): string {
  const at = base.lastIndexOf('@');
  return at < 0 ? `${base}-${suffix}` : `${base.slice(0, at)}-${suffix}${base.slice(at)}`;
}

function textLines(text: IcsEventText): string[] {
  const lines = [`SUMMARY:${escapeText(text.summary)}`];
  if (text.location) lines.push(`LOCATION:${escapeText(text.location)}`);
  if (text.description) lines.push(`DESCRIPTION:${escapeText(text.description)}`);
  const url = text.url === undefined ? undefined : icsUri(text.url);
  if (url) lines.push(`URL:${url}`);
  const { lat, lon } = text.geo ?? {};
  if (Number.isFinite(lat) && Number.isFinite(lon)) lines.push(`GEO:${Number(lat)};${Number(lon)}`);
  return lines;
}

/** The suffix a series gives the UID of a session that is not one of its weekly rules' (`20261125T0900`). */
const sessionSuffix = (session: Session) => `${session.date.replace(/-/g, '')}T${session.opens.replace(':', '')}`;

function sessionEvent(session: Session, uid: string, dtstamp: Date, text: IcsEventText, recurrence = false): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    ...(recurrence ? [`RECURRENCE-ID;TZID=${BRUSSELS}:${formatLocal(session.date, session.opens)}`] : []),
    `DTSTAMP:${formatUtc(dtstamp)}`,
    `DTSTART;TZID=${BRUSSELS}:${formatLocal(session.date, session.opens)}`,
    `DTEND;TZID=${BRUSSELS}:${formatLocal(session.closesNextDay ? addDays(session.date, 1) : session.date, session.closes)}`,
    ...textLines(text),
    'END:VEVENT',
  ];
}

function calendar(events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(...BRUSSELS_VTIMEZONE);
  for (const event of events) lines.push(...event);
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** An .ics file with one session. */
export function sessionIcs(session: Session, options: IcsSessionOptions): string {
  if (!options.inSeries) return calendar([sessionEvent(session, options.uid, options.dtstamp, options)]);
  const weekly = session.kind === 'regular' && session.rule !== undefined;
  const uid = uidFor(options.uid, weekly ? `r${session.rule}` : sessionSuffix(session));
  return calendar([sessionEvent(session, uid, options.dtstamp, options, weekly)]);
}

/**
 * An .ics file with a schedule's sessions from the date of `now` for `horizonDays` (default 365): a
 * recurring VEVENT per weekly rule valid in that period, with EXDATEs for the dates its session does not
 * take place as planned, plus a VEVENT per changed-hours or extra session. Returns `undefined` when
 * nothing takes place in the period.
 */
export function seriesIcs(schedule: ScheduleLike, options: IcsSeriesOptions): string | undefined {
  const { uid, dtstamp } = options;
  const firstDate = localDate(options.now, BRUSSELS);
  const lastDate = addDays(firstDate, options.horizonDays ?? 365);
  const events: string[][] = [];
  const days: ScheduleDay[] = [];
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) days.push(scheduleDay(schedule, date));
  const dayByDate = new Map(days.map((day) => [day.date, day]));

  schedule.rules.forEach((rule, index) => {
    const dates = days.filter((day) => ruleAppliesOn(rule, day.date)).map((day) => day.date);
    // A rule whose session falls wholly in the skipped hour on one date still recurs on the others.
    const takesPlace = (date: string) => dayByDate.get(date)!.sessions.some((s) => s.kind === 'regular' && s.rule === index);
    const first = dates[0];
    const last = dates[dates.length - 1];
    if (first === undefined || last === undefined || !dates.some(takesPlace)) return;
    // UNTIL is inclusive and, with a zoned DTSTART, written in UTC (RFC 5545 3.3.10).
    const until = new Date(zonedInstant(addDays(last, 1), '00:00', BRUSSELS).getTime() - 1000);
    const byDay = [...new Set(rule.days)].map((day) => ICS_BYDAY[day]).join(',');
    const event = [
      'BEGIN:VEVENT',
      `UID:${escapeText(uidFor(uid, `r${index}`))}`,
      `DTSTAMP:${formatUtc(dtstamp)}`,
      `DTSTART;TZID=${BRUSSELS}:${formatLocal(first, rule.opens)}`,
      `DTEND;TZID=${BRUSSELS}:${formatLocal(rule.closesNextDay ? addDays(first, 1) : first, rule.closes)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${formatUtc(until)}`,
      ...dates.filter((date) => !takesPlace(date)).map((date) => `EXDATE;TZID=${BRUSSELS}:${formatLocal(date, rule.opens)}`),
      ...textLines(options),
      'END:VEVENT',
    ];
    events.push(event);
  });

  for (const day of days) {
    for (const session of day.sessions) {
      if (session.kind === 'regular') continue;
      events.push(sessionEvent(session, uidFor(uid, sessionSuffix(session)), dtstamp, options));
    }
  }
  return events.length ? calendar(events) : undefined;
}
