/**
 * The `procedures` dataset: residence procedures and rights explained in plain words, a glossary of the
 * terms they use, and an orientation path (questions whose answers lead to procedures), for migrants in
 * precarious stay and the frontline workers who inform them.
 *
 * Conditions are rich text written and dated by the content maintainers (`reviewed`, `sources`).
 * Since schema 1.1, the amounts and deadlines of a step are structured (an amount with the date it applies
 * from and its source, a deadline rule a helper can count), steps have documents, sub-steps and their
 * relation ("and", "or"), rich text can name a glossary term (`[word](term:id)`), and orientation answers
 * can lead to service categories. Content of schema 1.0 still reads: every new field is optional.
 */
import * as z from 'zod/mini';
import { defineDataset, type DatasetData } from './dataset.js';
import {
  amountSchema,
  deadlineRuleSchema,
  dateSchema,
  emailSchema,
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

/** What a step costs: amounts with the dates they apply from and their sources, and a note. */
const costSchema = z.object({
  amounts: z._default(z.array(amountSchema), []),
  /** Who is exempt, who pays, or that no current figure is published and whom to ask. */
  note: z.optional(localizedRichTextSchema),
});

/** The deadline of a step: a rule the deadline helper can count, words, or both. */
const stepDeadlineSchema = z
  .object({
    rule: z.optional(deadlineRuleSchema),
    /** The deadline in words, when a source gives no count or more than one ("10 or 5 days..."). */
    text: z.optional(localizedRichTextSchema),
  })
  .check(z.refine((value) => value.rule !== undefined || value.text !== undefined, 'needs a "rule", a "text", or both'));

/** The fields of a step and of a sub-step. */
const stepFields = {
  title: localizedTextSchema,
  /** What to do, in plain words. */
  text: z.optional(localizedRichTextSchema),
  /** Papers to bring or send: the reader can tick them off (kept in the page only). */
  documents: z._default(z.array(localizedTextSchema), []),
  /** Where to go or send it. */
  where: z.optional(localizedRichTextSchema),
  cost: z.optional(costSchema),
  deadline: z.optional(stepDeadlineSchema),
  /** A step not everyone needs. */
  optional: z.optional(z.boolean()),
  /** How this step relates to the next one: both are needed (`and`), or one of the two (`or`). */
  relation: z.optional(z.enum(['and', 'or'])),
  /** Where to get help with this step. */
  help: z.optional(linkSchema),
  /** When this step was last checked, where it differs from the procedure's. */
  reviewed: z.optional(dateSchema),
  /** Its sources, where they differ from the procedure's. */
  sources: z.optional(z.array(httpsUrlSchema)),
};

/** A part of a step ("pay the fee" or "show that you are exempt"), shown inside its step. */
const subStepSchema = z.object(stepFields);
export type SubStep = z.infer<typeof subStepSchema>;

/** One step of a procedure, in order. */
const procedureStepSchema = z.object({
  ...stepFields,
  steps: z._default(z.array(subStepSchema), []),
});
export type ProcedureStep = z.infer<typeof procedureStepSchema>;

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
export type Procedure = z.infer<typeof procedureSchema>;

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
  /** Ids of categories of the `services` dataset's taxonomy where a counsellor can help with this answer. */
  categories: idListSchema,
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
    /** Where readers report a mistake: an e-mail address or an https page (the record's id is prefilled). */
    feedback: z.optional(z.object({ email: z.optional(emailSchema), url: z.optional(httpsUrlSchema) })),
    /** Who to talk to at the end of every orientation: words, service categories, and a link. */
    counsellor: z.optional(
      z.object({
        text: z.optional(localizedRichTextSchema),
        /** Ids of categories of the `services` dataset's taxonomy. */
        categories: idListSchema,
        link: z.optional(linkSchema),
      }),
    ),
  },
  collections: {
    topics: topicSchema,
    procedures: procedureSchema,
    glossary: glossaryTermSchema,
    questions: orientationQuestionSchema,
  },
});
export type ProceduresData = DatasetData<typeof proceduresDataset>;
