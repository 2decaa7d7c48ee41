/**
 * The content schema version this library reads and publishes, and how to read a version's major. No
 * zod here: the store needs these before (and often without) loading any schema.
 */

/** The content schema version this library reads and publishes. Minor versions only add (1.1: structured amounts and deadlines, procedure steps, glossary terms in rich text; 1.2: structured reintegration programmes, countries, process, media). */
export const CONTENT_SCHEMA_VERSION = '1.2.0';
/** The schema major this library reads: it loads `<content-base>/v1/` and refuses any other major. */
export const CONTENT_SCHEMA_MAJOR = 1;

/** A semantic version: `MAJOR.MINOR.PATCH`, optional pre-release and build. */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The major number of a semantic version, or `undefined` when `version` is not one. */
export function majorOf(version: unknown): number | undefined {
  if (typeof version !== 'string' || !SEMVER.test(version)) return undefined;
  return Number(version.split('.')[0]);
}
