/**
 * The few manifest fields the store reads on every visit, checked by hand: no zod here. A second visit
 * whose manifest lists the file the device copy came from needs nothing more, so the checking code
 * (zod/mini and the schemas, a chunk of its own) loads only when something changed or the manifest looks
 * wrong; then `manifestSchema` (./manifest.ts, built on the same patterns) checks it whole.
 */
import { SEMVER } from './version.js';

/** A published dataset file name: `<dataset>.<hex hash>.json`, a plain name in the manifest's folder. */
export const PUBLISHED_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{8,64}\.json$/;
/** A SHA-256 as 64 lower-case hexadecimal digits. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What the store needs of a manifest to fetch one dataset, or to know that the copy it shows is current. */
export interface Listing {
  schemaVersion: string;
  status: 'example' | 'live';
  file: string;
  sha256: string;
  /** The file's size in bytes, when the manifest gives it. */
  bytes: number | undefined;
}

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The manifest's listing of `dataset`, when the fields read for it are well formed; `undefined` when the
 * manifest does not look right (or does not list the dataset): then it is checked whole, which says why.
 */
export function listingOf(json: unknown, dataset: string): Listing | undefined {
  if (!isRecord(json) || !isRecord(json.datasets)) return undefined;
  const { schemaVersion, status } = json;
  const listed = Object.hasOwn(json.datasets, dataset) ? json.datasets[dataset] : undefined;
  if (typeof schemaVersion !== 'string' || !SEMVER.test(schemaVersion) || (status !== 'example' && status !== 'live') || !isRecord(listed))
    return undefined;
  const { file, sha256, bytes } = listed;
  if (typeof file !== 'string' || !PUBLISHED_FILE.test(file) || typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) return undefined;
  if (bytes !== undefined && !(Number.isInteger(bytes) && (bytes as number) >= 0)) return undefined;
  return { schemaVersion, status, file, sha256, bytes: bytes as number | undefined };
}
