/**
 * The `walkins` dataset: where and when people with an order to leave the territory can meet an ICAM
 * coach of the Immigration Office, without appointment at walk-in moments or by appointment at a
 * contact point, and the ICAM support line.
 *
 * Authoring format (one JSON file):
 * ```json
 * { "$schema": "...", "dataset": "walkins", "updated": "2026-11-20",
 *   "about": { "en": "..." }, "supportLine": { ... }, "offices": [ { ... } ] }
 * ```
 * Belgian public holidays are computed by the widgets (`belgianPublicHoliday`): content never lists them.
 */
import * as z from 'zod/mini';
import {
  addressSchema,
  contactSchema,
  exampleFlagSchema,
  factFieldsSchema,
  geoPointSchema,
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  phoneSchema,
  emailSchema,
  provinceSchema,
  scheduleSchema,
} from './common.js';
import { defineDataset, type DatasetData } from './dataset.js';

/** A town or city: an id for the `city` attribute (`liege`) and its name per language (Liège, Luik). */
const citySchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
});

/** How people are received: at walk-in moments (no appointment needed) or by appointment only. */
const officeAccessSchema = z.enum(['walk-in', 'appointment-only']);

/**
 * An ICAM office or contact point. `city`, `address` and `geo` are optional: where they are not
 * published, readers are told that the place is given on request through the support line. `sessions` are the walk-in moments, in
 * Europe/Brussels time, with validity dates and dated exceptions; a walk-in office must have them.
 */
export const officeSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** Left out for a contact point whose town is not published (only its province is). */
    city: z.optional(citySchema),
    province: provinceSchema,
    address: z.optional(addressSchema),
    geo: z.optional(geoPointSchema),
    /** Step-free access, lift, toilets, what to bring: plain words. */
    accessibility: z.optional(localizedTextSchema),
    /** Languages the reception speaks, as language codes (`nl`, `fr`, `en`). Empty when not published. */
    languages: z._default(z.array(languageTagSchema), []),
    access: officeAccessSchema,
    sessions: z.optional(scheduleSchema),
    /** How to make an appointment or anything else a visitor should know. */
    note: z.optional(localizedTextSchema),
    contact: z.optional(contactSchema),
    example: exampleFlagSchema,
    ...factFieldsSchema.shape,
  })
  .check(
    z.refine((office) => office.access !== 'walk-in' || (office.sessions !== undefined && office.sessions.rules.length > 0), {
      message: 'a walk-in office needs "sessions" with at least one weekly rule',
      path: ['sessions'],
    }),
  );
export type Office = z.infer<typeof officeSchema>;

/**
 * The ICAM support line: by phone or e-mail, people can ask for coaching or for the place of a contact
 * point. `hours` only when they are published.
 */
export const supportLineSchema = z
  .object({
    name: localizedTextSchema,
    phone: z.optional(phoneSchema),
    email: z.optional(emailSchema),
    /** When the line answers, as a weekly schedule in Europe/Brussels time. */
    hours: z.optional(scheduleSchema),
    note: z.optional(localizedTextSchema),
    example: exampleFlagSchema,
    ...factFieldsSchema.shape,
  })
  .check(
    z.refine((line) => line.phone !== undefined || line.email !== undefined, {
      message: 'the support line needs a "phone" or an "email"',
      path: ['phone'],
    }),
  );
export type SupportLine = z.infer<typeof supportLineSchema>;

export const walkinsDataset = defineDataset({
  name: 'walkins',
  top: {
    /** Who runs the offices and what a visit is for, in a few plain sentences. */
    about: z.optional(localizedTextSchema),
    supportLine: z.optional(supportLineSchema),
  },
  collections: {
    offices: officeSchema,
  },
});

/** The parsed `walkins` dataset: `about`, `supportLine` and the valid `offices`. */
export type WalkinsData = DatasetData<typeof walkinsDataset>;
