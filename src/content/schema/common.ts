/**
 * Building blocks shared by every dataset. zod/mini keeps the browser bundle small; the same schemas
 * feed the CLI and the JSON Schema files (`z.toJSONSchema`). Objects are not strict: unknown fields from a
 * newer minor version are dropped, never an error.
 */
import * as z from 'zod/mini';
import { safeLinkUrl } from '../../internal/safe-url.js';
import { hasControlCharacter, isWellFormed } from '../../internal/unicode.js';

const BROKEN_CHARACTER = 'contains a broken character (half of a two-part character, such as "\\ud800" alone): type that character again';
const CONTROL_CHARACTER = 'contains an invisible control character: remove it';

/** Checks every text of content has: no lone surrogate, no control character but tab and line breaks. */
const wellFormedText = [
  z.refine<string>((value) => isWellFormed(value), BROKEN_CHARACTER),
  z.refine<string>((value) => !hasControlCharacter(value), CONTROL_CHARACTER),
] as const;
/** The same for a value on one line (an address, a name used as a key): no line break or tab either. */
const wellFormedLine = [
  z.refine<string>((value) => isWellFormed(value), BROKEN_CHARACTER),
  z.refine<string>((value) => !hasControlCharacter(value, false), 'contains a line break or an invisible control character: remove it'),
] as const;

/** Free text (not localized): well formed, no control character but tab and line breaks. */
export const textSchema = z.string().check(...wellFormedText);

/** Non-empty text on one line: a street, a key. */
export const lineSchema = z.string().check(z.minLength(1), ...wellFormedLine);

/** A BCP 47 language tag as used for content keys: `nl`, `fr`, `ar`, `fr-BE`, `zh-Hant`. */
export const languageTagSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "nl", "fr", "ar" or "fr-BE"'));

/** Text in several languages: `{ "nl": "...", "fr": "...", "en": "..." }`, at least one, none empty. */
export const localizedTextSchema = z
  .record(languageTagSchema, z.string().check(z.minLength(1, 'must not be empty'), ...wellFormedText), {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: write it in one or more languages, e.g. { "en": "...", "fr": "..." }'
        : 'must be text in one or more languages, e.g. { "en": "...", "fr": "..." }',
  })
  .check(z.refine((value) => Object.keys(value).length > 0, 'needs at least one language, e.g. { "en": "..." }'));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Rich text: localized strings in a small Markdown subset (paragraphs, `-` lists, `**bold**`,
 * `[label](https://...)` links to https, tel and mailto only). Rendered through Lit templates, never as HTML.
 */
export const localizedRichTextSchema = localizedTextSchema;

/** An identifier: lower-case letters, digits and dashes (`icam-brussels`). */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes, e.g. "icam-brussels"'));

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD'));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A wall-clock time in Europe/Brussels, `HH:MM`, 24-hour. */
const timeSchema = z.string().check(z.regex(TIME, 'must be a time written HH:MM (24-hour)'));

/**
 * An https URL (no http, no javascript:, no data:). Lit does not sanitise attribute bindings, so the schema
 * must. No space or control character either: the URL parser drops a line break silently, but a calendar
 * file or a log that writes the address as it is would start a new line.
 */
export const httpsUrlSchema = z.string().check(
  ...wellFormedLine,
  // Line breaks and tabs are the check above's.
  z.refine((value) => !/[ \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/.test(value), 'must not contain spaces'),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be a full https:// address'),
);

/**
 * A phone number as dialled from Belgium or abroad: digits, spaces, dots, slashes, dashes, a leading +;
 * or written the Belgian way for both at once, `(0)` after the country code (`+32 (0)2 488 97 77`).
 */
export const phoneSchema = z
  .string()
  .check(
    z.regex(
      /^(?:\+?[0-9][0-9 ./-]{5,20}|\+[0-9]{1,3} ?\(0\) ?[0-9][0-9 ./-]{4,20})$/,
      'must be a phone number such as "02 488 97 77" or "+32 2 488 97 77"',
    ),
  );

export const emailSchema = z.string().check(z.regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, 'must be an e-mail address'), ...wellFormedLine);

/** Ways to reach an organisation. */
export const contactSchema = z.object({
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  website: z.optional(httpsUrlSchema),
  /** When the phone or e-mail is answered, in the reader's words ("Monday to Friday, 9:00-12:00"). */
  note: z.optional(localizedTextSchema),
});
export type Contact = z.infer<typeof contactSchema>;

/** Belgium's provinces and the Brussels-Capital Region, as ids. */
export const provinceSchema = z.enum([
  'antwerp',
  'brussels',
  'east-flanders',
  'flemish-brabant',
  'hainaut',
  'liege',
  'limburg',
  'luxembourg',
  'namur',
  'walloon-brabant',
  'west-flanders',
]);
export type Province = z.infer<typeof provinceSchema>;

/** A Belgian postal address. Municipality names differ per language (Bruxelles/Brussel, Liège/Luik). */
export const addressSchema = z.object({
  street: z.optional(lineSchema),
  postcode: z.string().check(z.regex(/^[1-9]\d{3}$/, 'must be a Belgian postcode of four digits')),
  municipality: localizedTextSchema,
  province: z.optional(provinceSchema),
});
export type Address = z.infer<typeof addressSchema>;

/** A point in WGS 84 degrees. */
export const geoPointSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof geoPointSchema>;

const weekdaySchema = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
export type Weekday = z.infer<typeof weekdaySchema>;

// Only compares two well-formed times: a malformed one already has its own, clearer problem. Hours
// past midnight say so (`closesNextDay`), and then end no later than they start (less than a day).
const opensBeforeCloses = (value: { opens?: string | undefined; closes?: string | undefined; closesNextDay?: boolean | undefined }) =>
  !TIME.test(value.opens ?? '') || !TIME.test(value.closes ?? '') || value.closesNextDay === true || value.opens! < value.closes!;
const closesNextDayBeforeOpens = (value: { opens?: string | undefined; closes?: string | undefined; closesNextDay?: boolean | undefined }) =>
  value.closesNextDay !== true || !TIME.test(value.opens ?? '') || !TIME.test(value.closes ?? '') || value.closes! <= value.opens!;
const OPENS_BEFORE_CLOSES = { message: '"opens" must be before "closes" (for hours past midnight, add "closesNextDay": true)', path: ['closes'] };
const NEXT_DAY_CLOSES = {
  message: 'with "closesNextDay", "closes" (the next day) must not be after "opens": a session lasts a day at most',
  path: ['closes'],
};
/** Hours past midnight (schema 1.1): `{ "opens": "20:00", "closes": "08:00", "closesNextDay": true }` ends at 08:00 the next day. */
const closesNextDaySchema = z.optional(z.boolean());

/**
 * A weekly rule: on these days, from `opens` to `closes` (Europe/Brussels), between two optional dates;
 * with `closesNextDay`, the session that starts on one of these days ends at `closes` the day after.
 */
const weeklyRuleSchema = z
  .object({
    days: z.array(weekdaySchema).check(z.minLength(1, 'needs at least one day')),
    opens: timeSchema,
    closes: timeSchema,
    closesNextDay: closesNextDaySchema,
    validFrom: z.optional(dateSchema),
    validUntil: z.optional(dateSchema),
    note: z.optional(localizedTextSchema),
  })
  .check(
    z.refine(opensBeforeCloses, OPENS_BEFORE_CLOSES),
    z.refine(closesNextDayBeforeOpens, NEXT_DAY_CLOSES),
    z.refine((v) => !v.validFrom || !v.validUntil || v.validFrom <= v.validUntil, {
      message: '"validFrom" must not be after "validUntil"',
      path: ['validUntil'],
    }),
  );
export type WeeklyRule = z.infer<typeof weeklyRuleSchema>;

/**
 * A dated exception to the weekly rules: `closed` that day, an `extra` session, or `changed` hours
 * (replacing the rules of that day). `extra` and `changed` need `opens` and `closes`.
 */
const scheduleExceptionSchema = z
  .object({
    date: dateSchema,
    kind: z.enum(['closed', 'extra', 'changed']),
    opens: z.optional(timeSchema),
    closes: z.optional(timeSchema),
    closesNextDay: closesNextDaySchema,
    note: z.optional(localizedTextSchema),
  })
  .check(
    z.refine((v) => v.kind === 'closed' || (v.opens !== undefined && v.closes !== undefined), {
      message: 'an "extra" or "changed" exception needs "opens" and "closes"',
      path: ['opens'],
    }),
    z.refine(opensBeforeCloses, OPENS_BEFORE_CLOSES),
    z.refine(closesNextDayBeforeOpens, NEXT_DAY_CLOSES),
  );
export type ScheduleException = z.infer<typeof scheduleExceptionSchema>;

/**
 * Weekly opening hours or sessions in Europe/Brussels local time, with dated exceptions. On Belgian
 * public holidays the place is closed unless `publicHolidays` is `open` or an exception says otherwise.
 */
export const scheduleSchema = z.object({
  rules: z.array(weeklyRuleSchema),
  exceptions: z._default(z.array(scheduleExceptionSchema), []),
  publicHolidays: z._default(z.enum(['closed', 'open']), 'closed'),
});
export type Schedule = z.infer<typeof scheduleSchema>;

/** Facts carry the date they were last checked and where they come from. */
export const factFieldsSchema = z.object({
  reviewed: dateSchema,
  sources: z._default(z.array(httpsUrlSchema), []),
});

/** Whether a record is real information or an example for demos and tests. */
export const exampleFlagSchema = z.optional(z.boolean());

/** A link target content may carry: `https://...`, `tel:...` or `mailto:...` (the rule rich text links follow). */
export const linkUrlSchema = z.string().check(
  ...wellFormedLine,
  z.refine((value) => safeLinkUrl(value) === value, 'must be an https:// address, a tel: number or a mailto: address'),
);

/** A labelled link: `{ "label": { "en": "Official page" }, "url": "https://..." }`. */
export const linkSchema = z.object({
  label: localizedTextSchema,
  url: linkUrlSchema,
});

/** A country as an ISO 3166-1 alpha-2 code in capitals: `MA`, `CD`, `GE`. */
export const countryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals (ISO 3166-1), e.g. "MA"'));

/** References to other records by id (`["icam-brussels", "icam-liege"]`). */
export const idListSchema = z._default(z.array(idSchema), []);

/** A currency as an ISO 4217 code in capitals: `EUR`. */
const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code in capitals, e.g. "EUR"'));

/**
 * An amount of money as a source states it, never a bare figure in prose: fees and premiums change
 * (the 9bis fee was 313, 343 and 357 EUR in three years), so each amount says from when it applies and
 * where it is written. Several amounts of one cost are its history: the one that applies on a day is the
 * latest whose `validFrom` is not after it (src/logic/amounts.ts).
 */
export const amountSchema = z.object({
  /** The amount, in the currency's units (`357`, `12.5`); 0 for "free" as a source states it. */
  value: z.number().check(z.gte(0, 'must not be negative')),
  currency: z._default(currencySchema, 'EUR'),
  /** What it is per, in plain words ("per adult applicant", "per child"). */
  per: z.optional(localizedTextSchema),
  /** The first day it applies, `YYYY-MM-DD`. */
  validFrom: z.optional(dateSchema),
  /** The page that states it. */
  source: httpsUrlSchema,
});
export type Amount = z.infer<typeof amountSchema>;

/**
 * A legal deadline as a source states it: a number of days counted from an event (the day after it is
 * day 1). How the last day moves when it falls on a Saturday, Sunday or Belgian public holiday is a rule
 * of its own that needs its own source (`lastDay`); without one, a helper says that it does not know
 * and asks the reader to have a lawyer confirm the date (src/logic/deadlines.ts). A source that counts in
 * working days ("within 8 working days") says `"unit": "working-days"`: Saturdays, Sundays and Belgian
 * public holidays are then not counted, and the last day is always a working day.
 */
export const deadlineRuleSchema = z.object({
  /** How many days: calendar days, or working days with `unit`. */
  days: z.number().check(z.int('must be a whole number of days'), z.gte(1, 'must be at least 1 day'), z.lte(366, 'must be at most 366 days')),
  /** `working-days` when the source counts working days (not Saturdays, Sundays or public holidays); calendar days when absent. */
  unit: z.optional(z.enum(['calendar-days', 'working-days'])),
  /** The event the days count from, in plain words ("the day the decision was notified to you"). */
  from: localizedTextSchema,
  /** What happens when the last day falls on a weekend or a public holiday, with the page that says so. */
  lastDay: z.optional(
    z.object({
      /** `next-working-day`: it moves to the next day that is not a Saturday, Sunday or public holiday; `stays`: it does not move. */
      moves: z.enum(['next-working-day', 'stays']),
      source: httpsUrlSchema,
    }),
  ),
  /** The page that states the number of days. */
  source: httpsUrlSchema,
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
