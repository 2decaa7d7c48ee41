// Helpers for content tests: a fresh content host per test on the test server (see test/support/routes.mjs).
import { ContentCache } from '../../src/content/cache.js';
import { ContentStore, type ContentOptions } from '../../src/content/store.js';

let counter = 0;

/** A key no other test uses, so every test gets its own host, store and device copy. */
export function uniqueKey(label = 'k'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The content base of a test host; `crossOrigin` serves it from 127.0.0.1 when the page is on localhost (or the reverse). */
export function baseFor(key: string, crossOrigin = false): string {
  if (!crossOrigin) return new URL(`/__content/${key}/`, location.href).href;
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}/__content/${key}/`;
}

export interface HostReport {
  scenario: string;
  requests: Record<string, number>;
  /** Body bytes sent, per file. */
  bytes: Record<string, number>;
  /** The Referer headers the host saw. */
  referers: string[];
}

/** More of what a test host does (see test/support/routes.mjs). */
interface HostOptions {
  /** `published`: the cache headers the README asks hosts for (hashed files immutable). */
  headers?: 'published' | '';
  /** Send every body at this many bytes per second. */
  rate?: number;
  /** Records per collection in the `large` scenario. */
  records?: number;
}

/** Sets what the test host of `key` does next; returns its report so far. */
export async function setScenario(key: string, scenario: string, delay = 0, options: HostOptions = {}): Promise<HostReport> {
  const query = new URLSearchParams({ scenario, delay: String(delay) });
  for (const [name, value] of Object.entries(options)) query.set(name, String(value));
  const response = await fetch(`/__content-control/${key}?${query}`);
  return response.json();
}

/** What the host of `key` saw so far. */
export async function hostReport(key: string): Promise<HostReport> {
  return (await fetch(`/__content-control/${key}`)).json();
}

/** How many times each file of the host was requested. */
export async function requests(key: string): Promise<Record<string, number>> {
  return (await hostReport(key)).requests;
}

/** Makes the host of `key` serve these files (e.g. the output of publish()). */
export async function serveFiles(key: string, files: { path: string; content: string }[]): Promise<void> {
  await fetch(`/__content-control/${key}/files`, { method: 'POST', body: JSON.stringify({ files }) });
}

/**
 * Short timings so that no test waits seconds. The timeouts are not short: the test server, busy building
 * modules for another test file, can take a second to answer, and a test that is not about timeouts must
 * not see one (tests about them set their own).
 */
export const fast: Partial<ContentOptions> = { slowMs: 60, timeoutMs: 4000, idleTimeoutMs: 4000, retries: 0, backoffMs: 20, maxBackoffMs: 100 };

/** A store for a test host; `options` override the fast timings. */
export function storeFor(key: string, options: Partial<ContentOptions> = {}): ContentStore {
  return new ContentStore(baseFor(key), { ...fast, ...options });
}

/** A cache with no Cache API, only localStorage. */
export function storageOnlyCache(limit?: number): ContentCache {
  return new ContentCache({ caches: null, storage: localStorage, ...(limit === undefined ? {} : { storageLimitBytes: limit }) });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when `check()` is true, polling; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Collects console.warn calls while `f` runs (`f` may read them as they come). */
export async function captureWarnings<T>(f: (warnings: readonly string[]) => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await f(warnings), warnings };
  } finally {
    console.warn = original;
  }
}

/** The next event of `type` on `target`, typed from GlobalEventHandlersEventMap. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}
