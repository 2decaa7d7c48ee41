/**
 * Reading zod/mini schemas as data, for the authoring tools that walk a dataset's schema beside a file
 * (translation coverage, the locales a publication holds). Pure: no DOM, no Node.
 */

/** A schema's definition: its `type` and the fields that type has (`shape`, `element`, `innerType`...). */
export type SchemaDef = { type: string; [key: string]: unknown };

/** The definition of a zod/mini schema. */
export const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

const WRAPPERS: ReadonlySet<string> = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema a value is checked against under its wrappers (optional, default, ..., a pipe's input). */
export function unwrap(schema: unknown): unknown {
  for (let def = defOf(schema); ; def = defOf(schema)) {
    if (WRAPPERS.has(def.type)) schema = def.innerType;
    else if (def.type === 'pipe') schema = def.in;
    else return schema;
  }
}
