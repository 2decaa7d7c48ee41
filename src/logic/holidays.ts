/**
 * Belgium's ten legal public holidays (Law of 4 January 1974 on public holidays), computed for any
 * Gregorian year, so content never needs to list them.
 */
import { addDays, formatDate, parseDate } from './zoned-time.js';

/** Which holiday: the UI turns the id into a name in the reader's language. */
export type PublicHolidayId =
  | 'new-year'
  | 'easter-monday'
  | 'labour-day'
  | 'ascension'
  | 'whit-monday'
  | 'national-day'
  | 'assumption'
  | 'all-saints'
  | 'armistice'
  | 'christmas';

export interface PublicHoliday {
  id: PublicHolidayId;
  /** `YYYY-MM-DD` */
  date: string;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`no Gregorian Easter for year ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(year, month, day);
}

const cache = new Map<number, readonly PublicHoliday[]>();

/** The ten Belgian public holidays of `year`, in date order. */
export function belgianPublicHolidays(year: number): readonly PublicHoliday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = (id: PublicHolidayId, month: number, day: number): PublicHoliday => ({ id, date: formatDate(year, month, day) });
    holidays = Object.freeze(
      [
        fixed('new-year', 1, 1),
        { id: 'easter-monday', date: addDays(easter, 1) } as PublicHoliday,
        fixed('labour-day', 5, 1),
        { id: 'ascension', date: addDays(easter, 39) } as PublicHoliday,
        { id: 'whit-monday', date: addDays(easter, 50) } as PublicHoliday,
        fixed('national-day', 7, 21),
        fixed('assumption', 8, 15),
        fixed('all-saints', 11, 1),
        fixed('armistice', 11, 11),
        fixed('christmas', 12, 25),
      ]
        .sort((x, y) => (x.date < y.date ? -1 : 1))
        .map((holiday) => Object.freeze(holiday)),
    );
    cache.set(year, holidays);
  }
  return holidays;
}

/** The Belgian public holiday on `date` (`YYYY-MM-DD`), if there is one. */
export function belgianPublicHoliday(date: string): PublicHoliday | undefined {
  const [year] = parseDate(date);
  return belgianPublicHolidays(year).find((holiday) => holiday.date === date);
}
