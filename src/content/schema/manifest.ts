/**
 * The manifest of a published content version, `<content-base>/v<major>/manifest.json`: which schema
 * version the content follows, when it was published, whether it is example or live content, and for
 * each dataset its content-hashed file, sha256, last-updated date, locales and size in bytes.
 *
 * ```json
 * {
 *   "schemaVersion": "1.0.0",
 *   "publishedAt": "2026-11-20",
 *   "status": "example",
 *   "datasets": {
 *     "walkins": { "file": "walkins.3f2a9c1b5d7e0a42.json", "sha256": "3f2a...", "updated": "2026-11-20", "locales": ["en", "fr", "nl"], "bytes": 12319 }
 *   }
 * }
 * ```
 */
import * as z from 'zod/mini';
import { dateSchema, languageTagSchema } from './common.js';
import { PUBLISHED_FILE, SHA256_HEX } from './manifest-fields.js';
import { SEMVER } from './version.js';

export { CONTENT_SCHEMA_MAJOR, CONTENT_SCHEMA_VERSION } from './version.js';

/** A semantic version, `MAJOR.MINOR.PATCH`. */
const semverSchema = z.string().check(z.regex(SEMVER, 'must be a version such as "1.0.0"'));

/** A date (`2026-11-20`) or an RFC 3339 date and time in UTC or with an offset. */
const timestampSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
      'must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SSZ)',
    ),
  );

/**
 * A published dataset file name: `<dataset>.<hex hash>.json`, a plain name in the manifest's folder.
 * Anything else (a path, another host) is refused, so content never makes the widget request elsewhere.
 */
const publishedFileSchema = z.string().check(z.regex(PUBLISHED_FILE, 'must be a file name such as "walkins.3f2a9c1b5d7e0a42.json"'));

const manifestDatasetSchema = z.object({
  file: publishedFileSchema,
  /** The file's SHA-256, 64 lower-case hex digits. */
  sha256: z.string().check(z.regex(SHA256_HEX, 'must be 64 lower-case hexadecimal digits')),
  updated: dateSchema,
  locales: z._default(z.array(languageTagSchema), []),
  /** The file's size in bytes (optional: older manifests lack it), so that a reader sees how much of a large file has come. */
  bytes: z.optional(z.int().check(z.gte(0))),
});

export const manifestSchema = z.object({
  $schema: z.optional(z.string()),
  schemaVersion: semverSchema,
  publishedAt: timestampSchema,
  status: z.enum(['example', 'live']),
  datasets: z.record(z.string(), manifestDatasetSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
