/**
 * The `reintegration` dataset: support for people who consider going back to their country of origin or
 * moving to another country (information, counselling, travel, reintegration support after return), who
 * offers it, for which countries, and where in Belgium to ask about it.
 *
 * Since schema 1.2 (additive: content of 1.0 and 1.1 still reads, and older releases ignore the new fields)
 * a programme lists what it gives as structured `offers` (a kind of support, cash or in kind, amounts as the
 * shared structured amount with their date and source, a time limit) and who may use it as `criteria`
 * (status, the nationality's visa regime, vulnerability, profiles); countries carry other names and their
 * own languages (for the country search), dated notes and partners tied to programmes; the file carries the
 * return as steps, media (with language and length), the free line, and the feedback address; a desk may
 * name the record of the services dataset it is. The schema never holds a figure of its own.
 */
import * as z from 'zod/mini';
import { defineDataset, type DatasetData } from './dataset.js';
import {
  addressSchema,
  amountSchema,
  dateSchema,
  emailSchema,
  httpsUrlSchema,
  lineSchema,
  phoneSchema,
  contactSchema,
  countryCodeSchema,
  exampleFlagSchema,
  factFieldsSchema,
  geoPointSchema,
  idListSchema,
  idSchema,
  languageTagSchema,
  linkSchema,
  localizedRichTextSchema,
  localizedTextSchema,
  scheduleSchema,
} from './common.js';

/** Kinds of support a programme gives. */
const supportKindSchema = z.enum([
  'information',
  'counselling',
  'travel-documents',
  'travel',
  'reintegration-plan',
  'business',
  'housing',
  'medical',
  'education',
  'in-kind',
]);

/**
 * Kinds of support a reader compares (schema 1.2): travel and documents, a return premium, reintegration
 * support for a micro-business, housing, medical needs, education and training, family support, counselling.
 */
const offerKindSchema = z.enum(['travel-documents', 'premium', 'business', 'housing', 'medical', 'education', 'family', 'counselling']);
export type OfferKind = z.infer<typeof offerKindSchema>;

/** Whom a programme or an offer is for, as a reader would put it: a filter the reader can choose. */
const profileSchema = z.enum(['family', 'medical', 'alone']);
export type Profile = z.infer<typeof profileSchema>;

/** A time limit as a source states it ("to be used within 12 months of return"). */
const timeLimitSchema = z.object({
  months: z.optional(z.number().check(z.int('must be a whole number of months'), z.gte(1), z.lte(120))),
  days: z.optional(z.number().check(z.int('must be a whole number of days'), z.gte(1), z.lte(3660))),
  /** What it counts from, in plain words ("your return"). */
  from: localizedTextSchema,
  source: httpsUrlSchema,
});

/** Who may use a programme or an offer (schema 1.2). Every field left out means "no condition stated". */
const criteriaSchema = z.object({
  /** Residence situations it is open to. */
  statuses: z._default(z.array(z.enum(['irregular-stay', 'asylum-applicant', 'refused-asylum', 'protection', 'eu-citizen'])), []),
  /** The visa regime of the nationality: for nationals of countries that need a visa for Belgium, or not. */
  regime: z.optional(z.enum(['visa-required', 'visa-free'])),
  /** `required`: only people in a vulnerable situation; `considered`: vulnerability is taken into account. */
  vulnerability: z.optional(z.enum(['required', 'considered'])),
  /** Whom it is especially for; empty: everyone it is open to. */
  profiles: z._default(z.array(profileSchema), []),
  /** The conditions in words, with what the fields cannot say. */
  text: z.optional(localizedRichTextSchema),
});
export type Criteria = z.infer<typeof criteriaSchema>;

/** One thing a programme gives (schema 1.2): its kind, cash or in kind, its amounts and time limit. */
const offerSchema = z.object({
  kind: offerKindSchema,
  /** Money paid to the person, support in kind (goods, services, paid to a provider), or a service. */
  form: z.enum(['cash', 'in-kind', 'service']),
  /** What it is, in plain words. */
  text: z.optional(localizedRichTextSchema),
  /** The amounts with the day they apply from and their source (the shared structured amount). */
  amounts: z._default(z.array(amountSchema), []),
  /** What the amounts cannot say: that no current figure is published, and whom to ask. */
  amountNote: z.optional(localizedRichTextSchema),
  timeLimit: z.optional(timeLimitSchema),
  /** Who this offer is for, where it differs from the programme (a premium for visa-required countries). */
  criteria: z.optional(criteriaSchema),
});
export type Offer = z.infer<typeof offerSchema>;

/** A support programme (voluntary return, reintegration), as its organisation describes it. */
const programmeSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  name: localizedTextSchema,
  /** The organisation that runs it, by name (an organisation, never a person). */
  organisation: localizedTextSchema,
  summary: localizedTextSchema,
  description: z.optional(localizedRichTextSchema),
  /** Who can use it, in plain words. */
  eligibility: z.optional(localizedRichTextSchema),
  support: z._default(z.array(supportKindSchema), []),
  /** `"all"`, or the countries it covers. */
  countries: z._default(z.union([z.literal('all'), z.array(countryCodeSchema)]), 'all'),
  /** Countries it does not cover when `countries` is `"all"`. */
  excludedCountries: z._default(z.array(countryCodeSchema), []),
  howToApply: z.optional(localizedRichTextSchema),
  contact: z.optional(contactSchema),
  links: z._default(z.array(linkSchema), []),
  /** Ids of `desks` where one can ask about it. */
  desks: idListSchema,
  /** What it gives, one offer per kind and condition (schema 1.2). */
  offers: z._default(z.array(offerSchema), []),
  /** Who may use it (schema 1.2). */
  criteria: z.optional(criteriaSchema),
  ...factFieldsSchema.shape,
});
export type Programme = z.infer<typeof programmeSchema>;

/** An organisation in a country of origin that welcomes and accompanies people after their return. */
const countryPartnerSchema = z.object({
  /** The organisation's name (an organisation, never a person). */
  name: localizedTextSchema,
  city: z.optional(localizedTextSchema),
  contact: z.optional(contactSchema),
  /** Ids of `programmes` it delivers in this country (schema 1.2). */
  programmes: idListSchema,
  /** The pages that name it as a partner (schema 1.2). */
  sources: z._default(z.array(httpsUrlSchema), []),
});

/** A dated note about a country ("since March 2022, ..."), with its sources (schema 1.2). */
const countryNoteSchema = z.object({
  date: dateSchema,
  text: localizedRichTextSchema,
  sources: z._default(z.array(httpsUrlSchema), []),
});

/** What exists for one country: partners on the ground, notes, programmes that cover it. */
const countryInfoSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  country: countryCodeSchema,
  name: localizedTextSchema,
  partners: z._default(z.array(countryPartnerSchema), []),
  notes: z.optional(localizedRichTextSchema),
  /** Ids of `programmes` for this country besides those whose `countries` already name it. */
  programmes: idListSchema,
  /** Other names readers type, in any script (`"Al-Maghrib"`, `"Марокко"`), for the country search (schema 1.2). */
  otherNames: z._default(z.array(lineSchema), []),
  /** The languages of the country's own name, when not its main one (`["en", "fr"]` for Cameroon) (schema 1.2). */
  ownLanguages: z._default(z.array(languageTagSchema), []),
  /** The visa regime of its nationals for Belgium, where a source states it (schema 1.2): which premium applies. */
  regime: z.optional(z.object({ value: z.enum(['visa-required', 'visa-free']), source: httpsUrlSchema })),
  /** Dated notes (schema 1.2). */
  updates: z._default(z.array(countryNoteSchema), []),
  ...factFieldsSchema.shape,
});
export type CountryInfo = z.infer<typeof countryInfoSchema>;

/** A place in Belgium where one can ask about return and reintegration (a return desk, a partner office). */
const deskSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  name: localizedTextSchema,
  organisation: localizedTextSchema,
  address: z.optional(addressSchema),
  geo: z.optional(geoPointSchema),
  contact: z.optional(contactSchema),
  schedule: z.optional(scheduleSchema),
  access: z.optional(z.enum(['walk-in', 'appointment', 'walk-in-and-appointment'])),
  /** Languages spoken at the desk (interpreters aside). */
  languages: z._default(z.array(languageTagSchema), []),
  notes: z.optional(localizedRichTextSchema),
  /** The id of the record of the `services` dataset this desk is, where one exists (schema 1.2). */
  service: z.optional(idSchema),
  ...factFieldsSchema.shape,
});

/** One step of a return with reintegration support (schema 1.2). */
const processStepSchema = z.object({
  title: localizedTextSchema,
  text: z.optional(localizedRichTextSchema),
});

/** A podcast, a fact sheet, a video or a page about return: linked, never embedded (schema 1.2). */
const mediaSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  title: localizedTextSchema,
  kind: z.enum(['podcast', 'fact-sheet', 'video', 'page']),
  /** The language of the media itself. */
  language: languageTagSchema,
  /** Its length: minutes for sound and video, pages for a document. */
  minutes: z.optional(z.number().check(z.gte(0))),
  pages: z.optional(z.number().check(z.int(), z.gte(1))),
  url: httpsUrlSchema,
  /** Ids of `countries` records it is about; empty: every country. */
  countries: idListSchema,
  ...factFieldsSchema.shape,
});

export const reintegrationDataset = defineDataset({
  name: 'reintegration',
  top: {
    intro: z.optional(localizedRichTextSchema),
    /** A notice every reader sees ("Going back is your choice; ask before you decide"). */
    disclaimer: z.optional(localizedRichTextSchema),
    /** A free phone line where one can ask (schema 1.2). */
    freeLine: z.optional(
      z.object({
        phone: phoneSchema,
        note: z.optional(localizedTextSchema),
        sources: z._default(z.array(httpsUrlSchema), []),
      }),
    ),
    /** The return and reintegration process as steps (schema 1.2). */
    process: z.optional(
      z.object({
        /** Where the steps come from, in words (a report without an address of its own). */
        text: z.optional(localizedRichTextSchema),
        steps: z.array(processStepSchema),
        sources: z._default(z.array(httpsUrlSchema), []),
      }),
    ),
    /** Where readers report a mistake: an e-mail address or an https page (the record's id is prefilled) (schema 1.2). */
    feedback: z.optional(z.object({ email: z.optional(emailSchema), url: z.optional(httpsUrlSchema) })),
  },
  collections: {
    programmes: programmeSchema,
    countries: countryInfoSchema,
    desks: deskSchema,
    media: mediaSchema,
  },
});
export type ReintegrationData = DatasetData<typeof reintegrationDataset>;
