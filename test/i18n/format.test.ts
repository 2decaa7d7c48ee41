import { expect } from '@open-wc/testing';
import {
  autonym,
  differsFromBelgianTime,
  formatContentDate,
  formatContentDateRange,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatRelativeTime,
  formatTime,
  formatWallTime,
  formatWallTimeRange,
  formatWeekday,
  intlLocale,
  languageName,
} from '../../src/i18n/format.js';

/** ICU puts thin and narrow no-break spaces in some formats; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\s\u202f\u2009\u00a0]+/g, ' ');
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

describe('format helpers', () => {
  const winterMorning = new Date('2025-12-03T08:00:00Z'); // 09:00 in Brussels (UTC+1)
  const summerMorning = new Date('2025-07-02T07:00:00Z'); // 09:00 in Brussels (UTC+2)

  it('writes dates with weekday and month in each language, as the day falls in Belgium', () => {
    expect(formatDate(winterMorning, 'nl')).to.equal('woensdag 3 december');
    expect(formatDate(winterMorning, 'fr')).to.equal('mercredi 3 décembre');
    expect(formatDate(winterMorning, 'en')).to.equal('Wednesday 3 December');
    expect(formatDate(winterMorning, 'de')).to.equal('Mittwoch, 3. Dezember');
    expect(formatDate(winterMorning, 'ar')).to.equal('الأربعاء، 3 ديسمبر');
    // 23:30 UTC on Tuesday is already Wednesday in Brussels.
    expect(formatDate(new Date('2025-12-02T23:30:00Z'), 'en')).to.equal('Wednesday 3 December');
    expect(formatDate(winterMorning, 'en', { year: 'numeric', month: 'long', day: 'numeric' })).to.equal('3 December 2025');
  });

  it('writes a content date as a calendar day in the reader’s language, whatever the time zone', () => {
    expect(formatContentDate('2026-11-20', 'en-GB')).to.equal('20 November 2026');
    expect(formatContentDate('2026-11-20', 'fr')).to.equal('20 novembre 2026');
    expect(formatContentDate('2026-11-20', 'nl')).to.equal('20 november 2026');
    expect(formatContentDate('2026-01-01', 'de')).to.equal('1. Januar 2026');
    expect(formatContentDate('2026-11-20', 'en')).to.equal('20 November 2026');
    expect(formatContentDate('2026-11-20', 'ar'), 'Western digits').to.equal('20 نوفمبر 2026');
    expect(formatContentDate('2026-03-29', 'nl'), 'the day clocks change').to.equal('29 maart 2026');
    expect(formatContentDate('2026-11-25', 'en', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('Wednesday 25 November');
    expect(formatContentDate('2026-11-25', 'fr', { day: 'numeric', month: 'long' })).to.equal('25 novembre');
    expect(formatContentDate('not a date', 'en')).to.equal('not a date');
    expect(formatContentDate('2026-02-30', 'en'), 'no such day').to.equal('2026-02-30');
  });

  it('writes two content dates as a range', () => {
    expect(plain(formatContentDateRange('2026-11-23', '2026-11-29', 'en'))).to.equal('23 – 29 November 2026');
    expect(plain(formatContentDateRange('2026-11-30', '2026-12-06', 'en'))).to.equal('30 November – 6 December 2026');
    expect(formatContentDateRange('2026-11-30', 'soon', 'en')).to.equal('2026-11-30 – soon');
  });

  it('writes clock times in Belgian time, summer and winter alike', () => {
    expect(formatTime(winterMorning, 'nl')).to.equal('09:00');
    expect(formatTime(summerMorning, 'nl')).to.equal('09:00');
    expect(formatTime(summerMorning, 'en')).to.equal('09:00');
    expect(plain(formatDateTime(winterMorning, 'en'))).to.equal('Wednesday 3 December at 09:00');
  });

  it('writes wall-clock times and ranges from HH:MM', () => {
    expect(formatWallTime('09:00', 'fr')).to.equal('09:00');
    expect(formatWallTimeRange('09:00', '12:00', 'nl')).to.equal('09:00–12:00');
    expect(plain(formatWallTimeRange('09:00', '12:00', 'ar'))).to.equal('09:00–12:00');
    expect(() => formatWallTime('9h', 'fr')).to.throw(RangeError);
  });

  it('uses the 24-hour clock with two-digit hours in every language, Arabic too', () => {
    const afternoon = new Date('2026-12-03T12:30:00Z');
    for (const locale of ['en', 'fr', 'nl', 'de', 'ar']) {
      expect(plain(formatWallTimeRange('13:30', '16:00', locale)), locale).to.match(/^13:30 ?– ?16:00( Uhr)?$/);
      expect(plain(formatWallTimeRange('09:00', '12:00', locale)), locale).to.match(/^09:00 ?– ?12:00( Uhr)?$/);
      expect(formatWallTime('09:05', locale), locale).to.equal('09:05');
      expect(formatTime(afternoon, locale), locale).to.equal('13:30');
      expect(formatDateTime(afternoon, locale), locale).to.contain('13:30');
      expect(formatDateTime(afternoon, locale), locale).not.to.match(/[صم]$|PM|AM/);
    }
  });

  it('keeps one date style with or without the year', () => {
    const day = new Date('2027-01-15T12:00:00Z');
    expect(formatDate(day, 'en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).to.equal('Friday 15 January 2027');
    expect(formatDate(day, 'en')).to.equal('Friday 15 January');
    expect(formatDate(day, 'de', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).to.equal('Freitag, 15. Januar 2027');
    expect(formatDate(day, 'fr', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).to.equal('vendredi 15 janvier 2027');
  });

  it('uses Western digits in Arabic', () => {
    expect(intlLocale('ar')).to.equal('ar-u-nu-latn');
    for (const text of [formatDate(winterMorning, 'ar'), formatTime(winterMorning, 'ar'), formatNumber(1234.5, 'ar')]) {
      expect(EASTERN_DIGITS.test(text), text).to.equal(false);
    }
  });

  it('names weekdays from the content codes or from 0 = Monday', () => {
    expect(formatWeekday('we', 'fr')).to.equal('mercredi');
    expect(formatWeekday(0, 'nl')).to.equal('maandag');
    expect(formatWeekday('su', 'en', 'short')).to.equal('Sun');
    expect(formatWeekday('we', 'ar')).to.equal('الأربعاء');
    expect(() => formatWeekday(7, 'en')).to.throw(RangeError);
  });

  it('writes numbers and lists the way each language does', () => {
    expect(formatNumber(1234.5, 'nl')).to.equal('1.234,5');
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(plain(formatNumber(2.5, 'fr', { style: 'unit', unit: 'kilometer' }))).to.equal('2,5 km');
    expect(formatList(['Brussel', 'Luik', 'Antwerpen'], 'nl')).to.equal('Brussel, Luik en Antwerpen');
    expect(formatList(['Bruxelles', 'Liège', 'Anvers'], 'fr')).to.equal('Bruxelles, Liège et Anvers');
    expect(formatList(['phone', 'e-mail'], 'en', 'disjunction')).to.equal('phone or e-mail');
  });

  it('says how far a moment is in plain words', () => {
    const now = new Date('2025-12-02T19:00:00Z'); // 20:00 in Brussels
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(formatRelativeTime(at(20_000), now, 'en')).to.equal('now');
    expect(formatRelativeTime(at(20 * 60_000), now, 'en')).to.equal('in 20 minutes');
    expect(formatRelativeTime(at(2 * 3_600_000), now, 'en')).to.equal('in 2 hours');
    expect(formatRelativeTime(new Date('2025-12-03T08:00:00Z'), now, 'en')).to.equal('tomorrow');
    expect(formatRelativeTime(new Date('2025-12-03T08:00:00Z'), now, 'nl')).to.equal('morgen');
    expect(formatRelativeTime(new Date('2025-12-05T08:00:00Z'), now, 'fr')).to.equal('dans 3 jours');
    expect(formatRelativeTime(new Date('2025-11-30T08:00:00Z'), now, 'en')).to.equal('2 days ago');
    expect(formatRelativeTime(new Date('2025-12-12T08:00:00Z'), now, 'en')).to.equal('next week');
    expect(formatRelativeTime(at(2 * 3_600_000), now, 'ar')).to.equal('خلال ساعتين');
  });

  it('tells when the reader’s clock differs from Belgian clocks', () => {
    const winter = new Date('2025-01-15T12:00:00Z');
    const summer = new Date('2025-07-15T12:00:00Z');
    expect(differsFromBelgianTime(winter, 'Europe/Paris')).to.equal(false);
    expect(differsFromBelgianTime(summer, 'Europe/Amsterdam')).to.equal(false);
    expect(differsFromBelgianTime(winter, 'Europe/London')).to.equal(true);
    // Kinshasa keeps UTC+1 all year: the same as Brussels in winter, one hour behind in summer.
    expect(differsFromBelgianTime(winter, 'Africa/Kinshasa')).to.equal(false);
    expect(differsFromBelgianTime(summer, 'Africa/Kinshasa')).to.equal(true);
    expect(differsFromBelgianTime(winter, undefined)).to.equal(true);
    expect(differsFromBelgianTime(winter, 'Not/A_Zone')).to.equal(true);
  });

  it('names languages in another language and in themselves', () => {
    expect(languageName('fr', 'nl')).to.equal('Frans');
    expect(languageName('ar', 'fr')).to.equal('arabe');
    expect(autonym('fr')).to.equal('Français');
    expect(autonym('nl')).to.equal('Nederlands');
    expect(autonym('ar')).to.equal('العربية');
  });
});
