/**
 * The `procedures` dataset: residence procedures and rights explained in plain words, a glossary of the
 * terms they use, and an orientation path (questions whose answers lead to procedures), for migrants in
 * precarious stay and the frontline workers who inform them.
 *
 * Amounts, delays and conditions are free rich text written and dated by the content maintainers
 * (`reviewed`, `sources`); the schema never holds a figure of its own.
 */
import * as z from 'zod/mini';
import { defineDataset, type DatasetData } from './dataset.js';
import {
  exampleFlagSchema,
  factFieldsSchema,
  httpsUrlSchema,
  idListSchema,
  idSchema,
  lineSchema,
  linkSchema,
  localizedRichTextSchema,
  localizedTextSchema,
} from './common.js';

/** A theme procedures are grouped under ("Residence", "Protection", "Return"), defined by the content. */
const topicSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
});

/** One step of a procedure, in order. */
const procedureStepSchema = z.object({
  title: localizedTextSchema,
  text: z.optional(localizedRichTextSchema),
});

/** A residence procedure or a right, explained. */
const procedureSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  title: localizedTextSchema,
  /** One or two sentences shown in lists. */
  summary: localizedTextSchema,
  /** Ids of `topics`. */
  topics: idListSchema,
  /** Who the procedure is for, in plain words. */
  forWhom: z.optional(localizedRichTextSchema),
  /** The conditions to meet. */
  conditions: z.optional(localizedRichTextSchema),
  steps: z._default(z.array(procedureStepSchema), []),
  /** Papers to bring or send. */
  documents: z.optional(localizedRichTextSchema),
  /** What it costs, as the maintainers word it (fees, exemptions), with its source. */
  cost: z.optional(localizedRichTextSchema),
  /** How long it usually takes, as the maintainers word it. */
  duration: z.optional(localizedRichTextSchema),
  /** Where and how to apply. */
  whereToApply: z.optional(localizedRichTextSchema),
  /** Rights and protection while the procedure runs (stay, work, social aid). */
  rights: z.optional(localizedRichTextSchema),
  /** What to watch out for (deadlines, risks, common mistakes). */
  cautions: z.optional(localizedRichTextSchema),
  /** Who can help: ids of records of the `services` dataset, and a note. */
  help: z.optional(
    z.object({
      services: idListSchema,
      text: z.optional(localizedRichTextSchema),
    }),
  ),
  links: z._default(z.array(linkSchema), []),
  /** Ids of related `procedures`. */
  related: idListSchema,
  /** Ids of `glossary` terms the text uses. */
  terms: idListSchema,
  ...factFieldsSchema.shape,
});

/** A word readers may not know ("order to leave the territory", "regularisation"), explained. */
const glossaryTermSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  term: localizedTextSchema,
  definition: localizedRichTextSchema,
  /** Other names and abbreviations per language (`{ "nl": ["BGV"], "fr": ["OQT"] }`), for search and highlighting. */
  aliases: z.optional(z.record(lineSchema, z.array(lineSchema))),
  sources: z._default(z.array(httpsUrlSchema), []),
});

/** One answer of an orientation question: it leads to another question, to procedures, or both. */
const orientationAnswerSchema = z.object({
  label: localizedTextSchema,
  /** Id of the next `questions` record. */
  next: z.optional(idSchema),
  /** Ids of `procedures` that fit this answer. */
  procedures: idListSchema,
  note: z.optional(localizedRichTextSchema),
});
export type OrientationAnswer = z.infer<typeof orientationAnswerSchema>;

/** A question of the orientation path ("Did you receive an order to leave the territory?"). */
const orientationQuestionSchema = z.object({
  id: idSchema,
  example: exampleFlagSchema,
  question: localizedTextSchema,
  help: z.optional(localizedRichTextSchema),
  answers: z.array(orientationAnswerSchema).check(z.minLength(1, 'needs at least one answer')),
});
export type OrientationQuestion = z.infer<typeof orientationQuestionSchema>;

export const proceduresDataset = defineDataset({
  name: 'procedures',
  top: {
    /** Shown above the list. */
    intro: z.optional(localizedRichTextSchema),
    /** A notice every reader sees ("This is general information, not legal advice"). */
    disclaimer: z.optional(localizedRichTextSchema),
    /** Id of the first orientation question. */
    start: z.optional(idSchema),
  },
  collections: {
    topics: topicSchema,
    procedures: procedureSchema,
    glossary: glossaryTermSchema,
    questions: orientationQuestionSchema,
  },
});
export type ProceduresData = DatasetData<typeof proceduresDataset>;
