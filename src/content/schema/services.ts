/**
 * The `services` dataset: where to get help. In the spirit of Open Referral HSDS 3.0 (organization,
 * service, location, schedule, contact, languages, eligibility, cost), plus what this field needs:
 * accessible without residence papers, anonymous, walk-in or by appointment, interpreters, audiences,
 * categories from a taxonomy defined in the content itself, and a Belgian postcode table for distances.
 *
 * ```json
 * { "dataset": "services", "updated": "2026-11-22",
 *   "taxonomy": [{ "id": "social-welfare", "label": { "fr": "CPAS", "nl": "OCMW" }, "synonyms": { "fr": ["aide sociale"] } }],
 *   "organizations": [{ "id": "cpas-liege", "name": { "fr": "CPAS de Liège" }, ... }],
 *   "services": [{ "id": "cpas-liege-amu", "organization": "cpas-liege", "categories": ["social-welfare"], ... }] }
 * ```
 */
import * as z from 'zod/mini';
import { defineDataset } from './dataset.js';
import {
  addressSchema,
  contactSchema,
  exampleFlagSchema,
  factFieldsSchema,
  geoPointSchema,
  idSchema,
  languageTagSchema,
  lineSchema,
  localizedRichTextSchema,
  localizedTextSchema,
  scheduleSchema,
  textSchema,
} from './common.js';

/** Words per language that readers may type for the same thing: `{ "fr": ["CPAS", "aide sociale"], "nl": ["OCMW"] }`. */
const localizedKeywordsSchema = z.record(languageTagSchema, z.array(lineSchema));

/**
 * A category of the content-defined taxonomy (HSDS `taxonomy_term`). `parent` nests categories;
 * `synonyms` are searched but not shown (abbreviations, other names, common misspellings).
 */
const categorySchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  parent: z.optional(idSchema),
  synonyms: z.optional(localizedKeywordsSchema),
});
export type Category = z.infer<typeof categorySchema>;

/** Who a service is meant for, besides everyone. */
const audienceSchema = z.enum([
  'families',
  'minors',
  'unaccompanied-minors',
  'women',
  'men',
  'medical-needs',
  'older-people',
  'people-with-disabilities',
  'lgbtqi',
]);
export type Audience = z.infer<typeof audienceSchema>;

/**
 * What a reader without a residence permit most needs to know before going. Each answer is `true`,
 * `false`, or absent when the content does not say (never guess: absent is shown as "not known").
 */
const accessSchema = z.object({
  /** Accessible without residence papers (undocumented people are helped). */
  noPapersNeeded: z.optional(z.boolean()),
  /** No identity document needed. */
  noIdNeeded: z.optional(z.boolean()),
  /** Help can be anonymous: no name is recorded. */
  anonymous: z.optional(z.boolean()),
  /** Walk in without an appointment, at least during some opening hours. */
  walkIn: z.optional(z.boolean()),
  /** Help by appointment. */
  appointment: z.optional(z.boolean()),
  /** A referral by another service is needed. */
  referralNeeded: z.optional(z.boolean()),
  /** What else the reader should know about access, in plain words. */
  note: z.optional(localizedTextSchema),
});
export type Access = z.infer<typeof accessSchema>;

/** What it costs (HSDS `cost_option`). Amounts are content, never computed. */
const costSchema = z.object({
  free: z.boolean(),
  description: z.optional(localizedTextSchema),
});

/**
 * Where the service is given (HSDS `location` and `service_at_location` in one). `geo` is the point used
 * for distances; `geoPrecision` says whether it is the exact place or the municipality's centre.
 */
const serviceLocationSchema = z.object({
  id: z.optional(idSchema),
  name: z.optional(localizedTextSchema),
  address: z.optional(addressSchema),
  geo: z.optional(geoPointSchema),
  geoPrecision: z._default(z.enum(['exact', 'municipality']), 'exact'),
  schedule: z.optional(scheduleSchema),
  contact: z.optional(contactSchema),
  accessibility: z.optional(localizedTextSchema),
});
export type ServiceLocation = z.infer<typeof serviceLocationSchema>;

/** Access facts a reader's phrase can stand for (the `true` answers of `access`). */
const accessFacetSchema = z.enum(['noPapersNeeded', 'noIdNeeded', 'anonymous', 'walkIn']);
export type AccessFacet = z.infer<typeof accessFacetSchema>;

/**
 * Words readers type for their situation rather than for a service ("sans papiers", "OQT", "بدون أوراق"),
 * per language, and the access facts and categories they stand for. A query that holds one of the
 * phrases is searched as those facts (all must hold) and categories (any may match), not as words.
 * An entry with the `id` of a shipped default (src/logic/reader-words.ts) replaces it. Schema 1.1.
 */
const readerWordSchema = z.object({
  id: idSchema,
  phrases: localizedKeywordsSchema,
  access: z.optional(z.array(accessFacetSchema)),
  categories: z.optional(z.array(idSchema)),
});
export type ReaderWord = z.infer<typeof readerWordSchema>;

/** An organisation that runs services (HSDS `organization`). */
const organizationSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Other names and abbreviations readers use (`CPAS`, `OCMW`, `MdM`). */
  alternateNames: z.optional(localizedKeywordsSchema),
  description: z.optional(localizedRichTextSchema),
  contact: z.optional(contactSchema),
  example: exampleFlagSchema,
  ...factFieldsSchema.shape,
});
export type Organization = z.infer<typeof organizationSchema>;

/** A service (HSDS `service`), offered by one organisation at zero or more locations. */
const serviceSchema = z.object({
  id: idSchema,
  /** The `id` of the organisation that runs it. */
  organization: idSchema,
  name: localizedTextSchema,
  description: z.optional(localizedRichTextSchema),
  /** `id`s of taxonomy categories, at least one. */
  categories: z.array(idSchema).check(z.minLength(1, 'needs at least one category')),
  keywords: z.optional(localizedKeywordsSchema),
  audiences: z._default(z.array(audienceSchema), []),
  /** Languages spoken by the staff, as language codes (`fr`, `ar`, `ps`). */
  languages: z._default(z.array(languageTagSchema), []),
  /** Interpreters can be arranged (in person or by phone). */
  interpreters: z.optional(z.boolean()),
  access: z._default(accessSchema, {}),
  eligibility: z.optional(localizedTextSchema),
  cost: z.optional(costSchema),
  contact: z.optional(contactSchema),
  /** Only by phone or online: no place to go to. */
  remote: z.optional(z.boolean()),
  locations: z._default(z.array(serviceLocationSchema), []),
  example: exampleFlagSchema,
  ...factFieldsSchema.shape,
});
export type Service = z.infer<typeof serviceSchema>;

/** A Belgian municipality of the postcode table, keyed by its NIS (REFNIS) code. */
const municipalitySchema = z.object({
  name: localizedTextSchema,
  /** Latitude of the municipality's centre (absent when no checked source gives one). */
  lat: z.optional(z.number().check(z.gte(49.4), z.lte(51.6))),
  lon: z.optional(z.number().check(z.gte(2.4), z.lte(6.5))),
  /** Which source the centre comes from, as a key of `places.sources`. */
  geoSource: z.optional(lineSchema),
});

const nisCodeSchema = z.string().check(z.regex(/^\d{5}$/, 'must be a five-digit NIS code'));
const postcodeSchema = z.string().check(z.regex(/^[1-9]\d{3}$/, 'must be a Belgian postcode of four digits'));

/** Where a table of facts comes from, with its licence (shown as attribution). */
const dataSourceSchema = z.object({
  name: lineSchema,
  url: z.optional(lineSchema),
  licence: lineSchema,
  note: z.optional(textSchema),
});

/**
 * The Belgian postcode and municipality table: postcode -> municipality NIS codes (the first is the
 * one whose centre stands for the postcode), municipality -> names and centre. Generated by
 * `scripts/geo/build-places.mjs`, never edited by hand.
 */
const placesSchema = z.object({
  sources: z.record(lineSchema, dataSourceSchema),
  municipalities: z.record(nisCodeSchema, municipalitySchema),
  postcodes: z.record(postcodeSchema, z.array(nisCodeSchema).check(z.minLength(1))),
});
export type Places = z.infer<typeof placesSchema>;

export const servicesDataset = defineDataset({
  name: 'services',
  top: {
    taxonomy: z.array(categorySchema),
    places: z.optional(placesSchema),
    readerWords: z.optional(z.array(readerWordSchema)),
  },
  collections: {
    organizations: organizationSchema,
    services: serviceSchema,
  },
});
