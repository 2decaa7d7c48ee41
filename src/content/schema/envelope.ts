/**
 * The shape of a whole dataset file, built from its DatasetDefinition. A file (authoring and published)
 * is one JSON object: the envelope `{ "$schema"?, "dataset": "<name>", "id"?, "updated": "YYYY-MM-DD" }`,
 * the dataset's `top` fields and its `collections` (arrays of records).
 */
import * as z from 'zod/mini';
import { dateSchema, idSchema } from './common.js';
import type { DatasetDefinition } from './dataset.js';

type Shape = Record<string, z.ZodMiniType>;

function envelopeShape(name: string) {
  return {
    $schema: z.optional(z.string()),
    dataset: z.literal(name, `must be "${name}"`),
    id: z.optional(idSchema),
    updated: dateSchema,
  };
}

function mapValues(shape: Shape, f: (schema: z.ZodMiniType) => z.ZodMiniType): Shape {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, f(schema)]));
}

/**
 * The whole-file check run before records are looked at: the envelope and the top fields must be valid
 * and every collection an array (a missing one counts as empty, so content written before a minor
 * version added a collection still loads). Records are left for per-record validation.
 */
export function fileSchema(definition: DatasetDefinition) {
  return z.object({
    ...envelopeShape(definition.name),
    ...definition.top,
    ...mapValues(definition.collections, () => z._default(z.array(z.unknown()), [])),
  });
}

/**
 * The complete schema of a file, records included: what maintainers' editors check against
 * (JSON Schema, generated with `z.toJSONSchema(authoringSchema(def), { io: 'input' })`).
 */
export function authoringSchema(definition: DatasetDefinition) {
  return z.object({
    ...envelopeShape(definition.name),
    ...definition.top,
    ...mapValues(definition.collections, (record) => z._default(z.array(record), [])),
  });
}
