/**
 * What the walk-in schedule element asks of the `walkins` data, as pure functions: which offices a host's
 * attributes select, how readers narrow them down, which days in the coming weeks have no walk-in
 * moment, and the names and UIDs of the calendar files it offers (.ics). No DOM, no clock.
 */
import type { Office } from '../content/schema/walkins.js';
import { type ScheduleDay, type ScheduleLike, scheduleDay, type Session } from './schedule.js';
import { addDays, BRUSSELS, localDate } from './zoned-time.js';

/** What a host page narrows the list to (the element's attributes). */
export interface OfficeSelection {
  /** City ids or names, comma-separated (`liege`, `Liège`, `Luik`, `brussels,antwerp`). */
  city?: string | null | undefined;
  /** Province ids, comma-separated (`east-flanders`). */
  province?: string | null | undefined;
  /** Office ids, comma-separated (`icam-liege`). When given, `show` does not apply. */
  office?: string | null | undefined;
  /** `walk-in` (default): only offices with walk-in moments; `all`: contact points by appointment too. */
  show?: string | null | undefined;
}

/** The values `show` accepts. */
export type Show = 'walk-in' | 'all';

/** `show` as given, or `walk-in` for anything else (missing, misspelt). */
export function showValue(show: string | null | undefined): Show {
  const value = normalizeKey(show ?? '');
  return value === 'all' ? 'all' : 'walk-in';
}

/**
 * A key for comparing what a person typed with an id or a name: lower case, no accents, words joined
 * by dashes (`Liège` -> `liege`, `Oost Vlaanderen` -> `oost-vlaanderen`).
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function keys(list: string | null | undefined): string[] {
  return (list ?? '').split(',').map(normalizeKey).filter(Boolean);
}

function matchesCity(office: Office, wanted: readonly string[]): boolean {
  const city = office.city;
  if (!city) return false;
  const names = [city.id, ...Object.values(city.name)].map(normalizeKey);
  return wanted.some((key) => names.includes(key));
}

/**
 * The offices a host's attributes select, in the content's order. `office` picks offices by id whatever
 * their access; otherwise `show` filters by access, then `city` and `province` (each a comma-separated
 * list; both must match when both are given).
 */
export function selectOffices(offices: readonly Office[], selection: OfficeSelection): Office[] {
  const ids = keys(selection.office);
  if (ids.length > 0) return offices.filter((office) => ids.includes(office.id));
  const show = showValue(selection.show);
  const cities = keys(selection.city);
  const provinces = keys(selection.province);
  return offices.filter(
    (office) =>
      (show === 'all' || office.access === 'walk-in') &&
      (cities.length === 0 || matchesCity(office, cities)) &&
      (provinces.length === 0 || provinces.includes(office.province)),
  );
}

/** Where an office is, for the reader's place filter: its city, or its province when no city is published. */
export type OfficePlace = { kind: 'city'; id: string } | { kind: 'province'; id: string };

/** The place of an office; its `key` (`city:liege`, `province:hainaut`) identifies it in a filter. */
export function officePlace(office: Office): OfficePlace & { key: string } {
  return office.city
    ? { kind: 'city', id: office.city.id, key: `city:${office.city.id}` }
    : { kind: 'province', id: office.province, key: `province:${office.province}` };
}

/** What a reader chose in the filter: a place key (empty for all) and whether to keep walk-in offices only. */
export interface ReaderFilter {
  place?: string;
  walkInOnly?: boolean;
}

/** The offices left after the reader's filter. */
export function filterOffices(offices: readonly Office[], filter: ReaderFilter): Office[] {
  return offices.filter(
    (office) => (!filter.place || officePlace(office).key === filter.place) && (!filter.walkInOnly || office.access === 'walk-in'),
  );
}

/** The distinct places of a list of offices, in first-seen order (the element sorts them by their names). */
export function officePlaces(offices: readonly Office[]): (OfficePlace & { key: string })[] {
  const seen = new Map<string, OfficePlace & { key: string }>();
  for (const office of offices) {
    const place = officePlace(office);
    if (!seen.has(place.key)) seen.set(place.key, place);
  }
  return [...seen.values()];
}

/** A reader filter is worth showing from this many offices on. */
const READER_FILTER_MIN_OFFICES = 4;

/** Whether to offer the reader a filter: enough offices, and either several places or both kinds of access. */
export function needsReaderFilter(offices: readonly Office[]): boolean {
  if (offices.length < READER_FILTER_MIN_OFFICES) return false;
  return officePlaces(offices).length > 1 || new Set(offices.map((office) => office.access)).size > 1;
}

/**
 * Days from the Europe/Brussels date of `now` through `days` days ahead on which regular sessions do not
 * take place because of a public holiday or a `closed` exception ("No walk-in moment on Wednesday
 * 11 November: public holiday"). Days whose hours are only changed are not closures: they have a session.
 */
export function upcomingClosures(schedule: ScheduleLike, now: Date, days = 21): ScheduleDay[] {
  const today = localDate(now, BRUSSELS);
  const closures: ScheduleDay[] = [];
  for (let i = 0; i <= days; i++) {
    const day = scheduleDay(schedule, addDays(today, i));
    if (day.closed && day.cancelled.length > 0 && day.sessions.length === 0) closures.push(day);
  }
  return closures;
}

/** The file name of a session's calendar file: `icam-liege-2026-11-25-0900.ics`. */
export function sessionFileName(officeId: string, session: Pick<Session, 'date' | 'opens'>): string {
  return `${officeId}-${session.date}-${session.opens.replace(':', '')}.ics`;
}

/** The file name of an office's weekly series: `icam-liege-walk-in-moments.ics`. */
export function seriesFileName(officeId: string): string {
  return `${officeId}-walk-in-moments.ics`;
}

/**
 * A stable iCalendar UID for a session or a series: the same event gets the same UID from every
 * download, so importing it again updates it instead of adding a copy. `domain` is the content host.
 */
export function icsUid(officeId: string, domain: string, session?: Pick<Session, 'date' | 'opens'>): string {
  const which = session ? `${session.date.replace(/-/g, '')}T${session.opens.replace(':', '')}` : 'series';
  return `${officeId}-${which}@${domain || 'frontline-widgets.invalid'}`;
}
