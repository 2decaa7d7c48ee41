/**
 * The `reintegration` dataset: support for people who consider going back to their country of origin or
 * moving to another country (information, counselling, travel, reintegration support after return), who
 * offers it, for which countries, and where in Belgium to ask about it.
 *
 * Amounts and conditions are free rich text written and dated by the content maintainers; the schema never
 * holds a figure of its own.
 */
import * as z from 'zod/mini';
import { defineDataset } from './dataset.js';
import {
  addressSchema,
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
  ...factFieldsSchema.shape,
});

/** An organisation in a country of origin that welcomes and accompanies people after their return. */
const countryPartnerSchema = z.object({
  name: localizedTextSchema,
  city: z.optional(localizedTextSchema),
  contact: z.optional(contactSchema),
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
  ...factFieldsSchema.shape,
});

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
  ...factFieldsSchema.shape,
});

export const reintegrationDataset = defineDataset({
  name: 'reintegration',
  top: {
    intro: z.optional(localizedRichTextSchema),
    /** A notice every reader sees ("Going back is your choice; ask before you decide"). */
    disclaimer: z.optional(localizedRichTextSchema),
  },
  collections: {
    programmes: programmeSchema,
    countries: countryInfoSchema,
    desks: deskSchema,
  },
});
