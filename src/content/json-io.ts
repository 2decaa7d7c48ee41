/**
 * JSON in and out of the content layer, the one way the loader and the device copy read and write it.
 * Small content (a walk-in schedule, a few dozen services) goes through the native calls at once; large
 * content (thousands of services) through ./json.ts in slices that leave the page free between them, a
 * module loaded only then (a chunk of its own in the built library). Should that chunk not load (offline,
 * and not in the browser's cache), the native calls do the work, in one long task rather than not at all.
 */
import { runStepsInSlices } from '../internal/steps.js';

/** Above this many bytes (or UTF-16 characters) JSON is read in slices. */
export const LARGE_JSON = 256 * 1024;
/**
 * Above this many entries (array items and object keys, counted down to a record's fields in a device
 * copy) JSON is written in slices. The example services (55 services, a table of 1,700 places: 2,740
 * entries) took one task of 66 ms at 4x CPU as a single JSON.stringify; the walk-in schedule (90) stays
 * one call.
 */
const LARGE_ENTRIES = 1000;

type Sliced = typeof import('./json.js');

function sliced(): Promise<Sliced | undefined> {
  return import('./json.js').catch(() => undefined);
}

/**
 * How many array items and object keys `value` holds down to `depth` levels (a copy, its data, a top
 * field such as `services` or `places`, then a record or a table's entries), counting no further than
 * just past {@link LARGE_ENTRIES}.
 */
function entries(value: unknown, depth = 4): number {
  let count = 0;
  if (typeof value === 'object' && value !== null && depth > 0) {
    for (const item of Object.values(value)) if ((count += 1 + entries(item, depth - 1)) > LARGE_ENTRIES) break;
  }
  return count;
}

/** UTF-8 `bytes` parsed as JSON; throws a SyntaxError as `JSON.parse` does. */
export async function readJson(bytes: ArrayBuffer, signal?: AbortSignal): Promise<unknown> {
  const json = bytes.byteLength > LARGE_JSON ? await sliced() : undefined;
  if (!json) return JSON.parse(new TextDecoder().decode(bytes));
  return runStepsInSlices(json.readJsonSteps(bytes), { signal });
}

/** `text` parsed as JSON; throws a SyntaxError as `JSON.parse` does. */
export async function parseJson(text: string): Promise<unknown> {
  const json = text.length > LARGE_JSON ? await sliced() : undefined;
  if (!json) return JSON.parse(text);
  return runStepsInSlices(json.parseJsonSteps(text));
}

/** Whether `value` is large enough to be written in slices (see {@link LARGE_ENTRIES}). */
export function writtenInSlices(value: unknown): boolean {
  return entries(value) > LARGE_ENTRIES;
}

/** `value` (plain JSON data) as a JSON Blob. */
export async function jsonBlob(value: unknown): Promise<Blob> {
  const json = writtenInSlices(value) ? await sliced() : undefined;
  const parts = json ? await runStepsInSlices(json.encodeJsonSteps(value)) : [JSON.stringify(value)];
  return new Blob(parts, { type: 'application/json' });
}

/** `value` (plain JSON data) as JSON text. */
export async function jsonText(value: unknown): Promise<string> {
  const json = writtenInSlices(value) ? await sliced() : undefined;
  return json ? (await runStepsInSlices(json.stringifyJsonSteps(value))).join('') : JSON.stringify(value);
}
