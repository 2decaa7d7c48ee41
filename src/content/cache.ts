/**
 * The reader's device copy of the last validated content, one entry per content base, schema major and
 * dataset. The Cache API first; localStorage (which the host page's other scripts share) only when the
 * Cache API is missing or refuses, and only while all of this library's entries stay under a size limit
 * (1 MiB by default). Entries are validated before they are written, so reads trust them.
 */
import { jsonBlob, jsonText, parseJson, readJson } from './json-io.js';
import type { ContentProblem } from './problems.js';

/** What is kept of a validated dataset. */
export interface CachedDataset {
  /** The library version that validated it; another version validates it again before use. */
  library: string;
  dataset: string;
  /** The published file's SHA-256 (hex), to tell whether the manifest still names this version. */
  sha256: string;
  /** The file's `updated` date. */
  updated: string;
  /** The manifest's `schemaVersion` and `status` when this copy was fetched. */
  schemaVersion: string;
  status: 'example' | 'live';
  /** Problems of records dropped when it was validated. */
  dropped: ContentProblem[];
  /** The validated data (top fields and valid records). */
  data: unknown;
}

export interface ContentCacheOptions {
  /** The Cache API to use; `null` to use none. Default: `globalThis.caches`. */
  caches?: CacheStorage | null;
  /** The fallback storage; `null` to use none. Default: `globalThis.localStorage`. */
  storage?: Storage | null;
  /** The most this library keeps in `storage`, in bytes (UTF-16: two per character). Default 1 MiB. */
  storageLimitBytes?: number;
}

const CACHE_NAME = 'frontline-widgets-content';
const SOURCE_HEADER = 'x-frontline-source';
const STORAGE_PREFIX = 'frontline-widgets:content:';

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Sandboxed frames and some privacy settings throw on access.
    return null;
  }
}

function defaultCaches(): CacheStorage | null {
  try {
    return globalThis.caches ?? null;
  } catch {
    // A sandboxed frame (`<iframe sandbox="allow-scripts">`, an opaque origin) throws on access.
    return null;
  }
}

/** Where a dataset's copy lives: the Cache API, localStorage, or nowhere. */
export type CacheLocation = 'cache' | 'storage' | 'none';

export class ContentCache {
  private readonly caches: CacheStorage | null;
  private readonly storage: Storage | null;
  private readonly storageLimit: number;

  constructor(options: ContentCacheOptions = {}) {
    this.caches = options.caches === undefined ? defaultCaches() : options.caches;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.storageLimit = options.storageLimitBytes ?? 1024 * 1024;
  }

  /** The Cache API key of an entry: a URL beside the published files, per content base and major. */
  static cacheKey(base: string, major: number, dataset: string): string {
    return `${base}v${major}/${dataset}.json`;
  }

  /** The localStorage key of an entry. */
  static storageKey(base: string, major: number, dataset: string): string {
    return `${STORAGE_PREFIX}${base}:v${major}:${dataset}`;
  }

  /** The last validated copy, or `undefined`. Never throws. */
  async read(base: string, major: number, dataset: string): Promise<CachedDataset | undefined> {
    if (this.caches) {
      try {
        const cache = await this.caches.open(CACHE_NAME);
        const response = await cache.match(ContentCache.cacheKey(base, major, dataset));
        if (response) return check(await readJson(await response.arrayBuffer()), dataset);
      } catch {
        // Fall through to storage.
      }
    }
    if (this.storage) {
      try {
        const text = this.storage.getItem(ContentCache.storageKey(base, major, dataset));
        if (text) return check(await parseJson(text), dataset);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  /** Keeps `entry` (already validated). Returns where it went. Never throws. */
  async write(base: string, major: number, entry: CachedDataset): Promise<CacheLocation> {
    const storageKey = ContentCache.storageKey(base, major, entry.dataset);
    if (this.caches) {
      try {
        // Thousands of services are written in pieces, pausing between records (see json-io.ts).
        const body = await jsonBlob(entry);
        const cache = await this.caches.open(CACHE_NAME);
        await cache.put(ContentCache.cacheKey(base, major, entry.dataset), new Response(body, { headers: { 'content-type': 'application/json' } }));
        try {
          this.storage?.removeItem(storageKey);
        } catch {
          // Nothing to clean up.
        }
        return 'cache';
      } catch {
        // Quota or a disabled Cache API: try storage.
      }
    }
    if (this.storage) {
      try {
        const text = await jsonText(entry);
        const size = (storageKey.length + text.length) * 2;
        if (this.storageUsed(storageKey) + size > this.storageLimit) return 'none';
        this.storage.setItem(storageKey, text);
      } catch {
        return 'none';
      }
      // An older copy in the Cache API (written before it refused this one) would be read first.
      try {
        const cache = await this.caches?.open(CACHE_NAME);
        await cache?.delete(ContentCache.cacheKey(base, major, entry.dataset));
      } catch {
        // Nothing to delete.
      }
      return 'storage';
    }
    return 'none';
  }

  /** Bytes this library keeps in storage, not counting `except`. */
  storageUsed(except?: string): number {
    if (!this.storage) return 0;
    let bytes = 0;
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (!key || !key.startsWith(STORAGE_PREFIX) || key === except) continue;
      bytes += (key.length + (this.storage.getItem(key)?.length ?? 0)) * 2;
    }
    return bytes;
  }

  /**
   * Bytes worked out from a dataset (`kind`: a search index) and kept beside its copy, one entry per
   * dataset and kind (a new publication replaces the last one's), with the `source` they were made from
   * (the file's SHA-256 and the library version). `undefined` when there are none for that source. Cache
   * API only: such data is too large for localStorage. Never throws.
   */
  async readDerived(base: string, major: number, dataset: string, kind: string, source: string): Promise<ArrayBuffer | undefined> {
    try {
      const cache = await this.caches?.open(CACHE_NAME);
      const response = await cache?.match(ContentCache.derivedKey(base, major, dataset, kind));
      if (!response || response.headers.get(SOURCE_HEADER) !== source) return undefined;
      return await response.arrayBuffer();
    } catch {
      return undefined;
    }
  }

  /** Keeps derived bytes (see {@link readDerived}). Returns whether they were kept. Never throws. */
  async writeDerived(base: string, major: number, dataset: string, kind: string, source: string, parts: BlobPart[]): Promise<boolean> {
    try {
      const cache = await this.caches?.open(CACHE_NAME);
      if (!cache) return false;
      await cache.put(ContentCache.derivedKey(base, major, dataset, kind), new Response(new Blob(parts), { headers: { [SOURCE_HEADER]: source } }));
      return true;
    } catch {
      return false;
    }
  }

  /** The Cache API key of derived bytes. */
  static derivedKey(base: string, major: number, dataset: string, kind: string): string {
    return `${base}v${major}/${dataset}.${kind}`;
  }

  /** Forgets every copy of a dataset for this base and major. */
  async delete(base: string, major: number, dataset: string): Promise<void> {
    try {
      const cache = await this.caches?.open(CACHE_NAME);
      await cache?.delete(ContentCache.cacheKey(base, major, dataset));
    } catch {
      // Nothing to delete.
    }
    try {
      this.storage?.removeItem(ContentCache.storageKey(base, major, dataset));
    } catch {
      // Nothing to delete.
    }
  }
}

function check(value: unknown, dataset: string): CachedDataset | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Partial<CachedDataset>;
  if (entry.dataset !== dataset || typeof entry.sha256 !== 'string' || typeof entry.updated !== 'string' || entry.data === undefined) {
    return undefined;
  }
  return { ...entry, dropped: Array.isArray(entry.dropped) ? entry.dropped : [] } as CachedDataset;
}
