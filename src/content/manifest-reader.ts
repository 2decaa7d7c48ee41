/**
 * A content base's manifest, `<base>/v1/manifest.json`, as the store reads it: one request shared by the
 * store's datasets until a failure, the schema major checked at once, each dataset's listing read by hand
 * (./schema/manifest-fields.ts) and the whole manifest checked by the checking code only when a dataset
 * changed or the listing does not look right, which then says what is wrong.
 */
import { VERSION } from '../version.js';
import { takeEarly } from './early.js';
import { ContentError } from './errors.js';
import { loadNetwork, loadValidation } from './on-demand.js';
import type { Manifest } from './schema/manifest.js';
import type { Listing } from './schema/manifest-fields.js';
import { CONTENT_SCHEMA_MAJOR, majorOf } from './schema/version.js';

export class ManifestReader {
  private request: Promise<unknown> | undefined;
  /** The last manifest read, checked whole. */
  private checkedCopy: { json: unknown; manifest: Promise<Manifest> } | undefined;
  /** Set after a failure: the next request asks the host, not the browser's HTTP cache. */
  private cache: RequestCache | undefined;

  constructor(
    readonly url: string,
    private readonly timeouts: { timeoutMs: number; idleTimeoutMs: number },
  ) {}

  /** After a failure: the next attempt reads the manifest again, from the host (a fix is often a new manifest). */
  forget(): void {
    this.request = undefined;
    this.cache = 'no-cache';
  }

  /** The manifest's JSON, fetched once and shared; fetched again after a failure or `forget()`. */
  json(dataset: string): Promise<unknown> {
    this.request ??= this.fetch(dataset).catch((error: unknown) => {
      this.request = undefined;
      throw error;
    });
    return this.request;
  }

  /** The manifest `json` checked whole (this loads the checking code), once per manifest read. */
  checked(json: unknown, dataset: string): Promise<Manifest> {
    const copy = this.checkedCopy;
    if (copy && copy.json === json) return copy.manifest;
    const manifest = loadValidation(dataset, this.url).then((checks) => checks.parseManifest(json, dataset, this.url));
    manifest.catch(() => undefined);
    this.checkedCopy = { json, manifest };
    return manifest;
  }

  /**
   * The manifest's listing of `dataset`. Read by hand when it looks right; else the manifest is checked
   * whole, which says what is wrong with it (or that it does not list the dataset).
   */
  async listing(json: unknown, dataset: string): Promise<Listing> {
    const { listingOf } = await loadNetwork(dataset, this.url);
    const listing = listingOf(json, dataset);
    if (listing) return listing;
    const manifest = await this.checked(json, dataset);
    const listed = manifest.datasets[dataset];
    if (!listed) throw new ContentError('missing', `${dataset}: the manifest ${this.url} does not list "${dataset}"`, { dataset, url: this.url });
    return { schemaVersion: manifest.schemaVersion, status: manifest.status, file: listed.file, sha256: listed.sha256, bytes: listed.bytes };
  }

  private async fetch(dataset: string): Promise<unknown> {
    const { url, cache } = this;
    const early = takeEarly('manifests', url);
    const { fetchJson } = await loadNetwork(dataset, url);
    const { timeoutMs, idleTimeoutMs } = this.timeouts;
    // The loader's answer serves a first read; a read after a failure asks the host again.
    const json = await fetchJson(url, { dataset, timeoutMs, idleTimeoutMs, ...(cache ? { cache } : early ? { response: early } : {}) });
    this.cache = undefined;
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    const major = majorOf(version);
    if (major !== undefined && major !== CONTENT_SCHEMA_MAJOR) {
      throw new ContentError(
        'schema-major',
        `${dataset}: the content at ${url} follows schema ${String(version)}; this version of frontline-widgets (${VERSION}) reads schema ${CONTENT_SCHEMA_MAJOR}.x only`,
        { dataset, url },
      );
    }
    return json;
  }
}
