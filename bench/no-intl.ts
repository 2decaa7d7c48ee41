/**
 * A what-if for `node scripts/bench/startup.mjs --no-intl`, never part of the library: it replaces `Intl`
 * (and the methods built on it: `localeCompare`, `toLocale*String`) with stand-ins that cost next to
 * nothing, before the widgets' scripts run. The widgets then show English-looking dates and times in
 * Belgian time, language codes for language names and plain comma lists: wrong, and a little shorter (the
 * language codes), so the page renders and lays out about what it does with Intl, if anything less. The
 * difference between a run with it and one without is what Intl costs a visit (if anything a little more);
 * no figure taken with it describes the product.
 */
const pad = (n: number): string => String(n).padStart(2, '0');
const HOUR = 3_600_000;

/** Belgian time's offset from UTC at `date`, in hours: EU summer time from the last Sunday of March to that of October, 01:00 UTC. */
function brusselsOffset(date: Date): number {
  const year = date.getUTCFullYear();
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const time = date.getTime();
  return time >= lastSunday(2) && time < lastSunday(9) ? 2 : 1;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Part = { type: string; value: string };

class DateTimeFormat {
  private readonly locale: string;
  private readonly options: Intl.DateTimeFormatOptions;
  constructor(locale?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
    this.locale = String(locale ?? 'en');
    this.options = options;
  }
  static supportedLocalesOf(locales?: string | string[]): string[] {
    return ([] as string[]).concat(locales ?? []);
  }
  resolvedOptions(): Intl.ResolvedDateTimeFormatOptions {
    return { locale: this.locale, timeZone: this.options.timeZone ?? 'Europe/Brussels', calendar: 'gregory', numberingSystem: 'latn' };
  }
  formatToParts(at: Date | number = Date.now()): Part[] {
    const date = new Date(at);
    const o = this.options;
    const wall = new Date(date.getTime() + (o.timeZone === 'UTC' ? 0 : brusselsOffset(date)) * HOUR);
    const parts: Part[] = [];
    const add = (type: string, value: string, before: string): void => {
      if (parts.length > 0) parts.push({ type: 'literal', value: before });
      parts.push({ type, value });
    };
    if (o.weekday) add('weekday', WEEKDAYS[wall.getUTCDay()]!, '');
    if (o.day) add('day', o.day === '2-digit' ? pad(wall.getUTCDate()) : String(wall.getUTCDate()), ' ');
    if (o.month) add('month', o.month === 'long' ? MONTHS[wall.getUTCMonth()]! : pad(wall.getUTCMonth() + 1), o.month === 'long' ? ' ' : '/');
    if (o.year) add('year', String(wall.getUTCFullYear()), ' ');
    if (o.era) add('era', 'AD', ' ');
    if (o.hour) add('hour', pad(wall.getUTCHours()), ', ');
    if (o.minute) add('minute', pad(wall.getUTCMinutes()), ':');
    if (o.second) add('second', pad(wall.getUTCSeconds()), ':');
    if (o.timeZoneName) add('timeZoneName', `GMT+0${o.timeZone === 'UTC' ? 0 : brusselsOffset(date)}:00`, ' ');
    if (parts.length === 0) add('day', String(wall.getUTCDate()), '');
    return parts;
  }
  format(at?: Date | number): string {
    return this.formatToParts(at)
      .map((part) => part.value)
      .join('');
  }
  formatRange(from: Date | number, to: Date | number): string {
    return `${this.format(from)}–${this.format(to)}`;
  }
}

class NumberFormat {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  format(value: number): string {
    return String(Math.round(value * 10) / 10);
  }
}

class Collator {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
  }
}

class ListFormat {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  format(items: Iterable<string>): string {
    return [...items].join(', ');
  }
}

class DisplayNames {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  of(code: string): string {
    return code;
  }
}

class RelativeTimeFormat {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  format(value: number, unit: string): string {
    return `${value} ${unit}`;
  }
}

class PluralRules {
  static supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
  select(): string {
    return 'other';
  }
}

const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur']);
class Locale {
  readonly baseName: string;
  readonly language: string;
  constructor(tag: string) {
    this.baseName = String(tag);
    this.language = this.baseName.split('-')[0]!;
  }
  maximize(): this {
    return this;
  }
  minimize(): this {
    return this;
  }
  toString(): string {
    return this.baseName;
  }
  getTextInfo(): { direction: string } {
    return { direction: RTL.has(this.language) ? 'rtl' : 'ltr' };
  }
  get textInfo(): { direction: string } {
    return this.getTextInfo();
  }
}

const standIns = { DateTimeFormat, NumberFormat, Collator, ListFormat, DisplayNames, RelativeTimeFormat, PluralRules, Locale };
for (const [name, value] of Object.entries(standIns)) Object.defineProperty(Intl, name, { value, configurable: true, writable: true });
String.prototype.localeCompare = function localeCompare(this: string, other: string): number {
  return Collator.prototype.compare(String(this), other);
};
String.prototype.toLocaleUpperCase = String.prototype.toUpperCase;
String.prototype.toLocaleLowerCase = String.prototype.toLowerCase;
Date.prototype.toLocaleDateString = function toLocaleDateString(this: Date): string {
  return this.toISOString().slice(0, 10);
};
Date.prototype.toLocaleTimeString = function toLocaleTimeString(this: Date): string {
  return this.toISOString().slice(11, 16);
};
Number.prototype.toLocaleString = function toLocaleString(this: number): string {
  return String(this);
};
