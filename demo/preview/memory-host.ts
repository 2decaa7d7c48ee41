/**
 * A content host in the page's memory, for the preview: the files `publish()` returns are served under a
 * content base of this page's origin (`<origin>/__content-preview/<n>/`), so that the widgets and the
 * content store load them exactly as they load a real host: the manifest, then each dataset file with
 * its Subresource Integrity hash, validated on arrival. Nothing leaves the page and nothing is written
 * to the reader's device cache.
 *
 * The content layer has no way yet to give a store its own fetch, so this wraps the page's `fetch` for
 * URLs under those bases only; every other request goes to the network untouched.
 */
import { configureContent } from '../../src/content/store.js';
import { integrityOf, sha256Hex } from '../../src/content/loader.js';
import type { PublishedFile } from '../../src/authoring/publish.js';

const PREFIX = '/__content-preview/';
const KEEP = 3;
const hosts = new Map<string, Map<string, Uint8Array<ArrayBuffer>>>();
let count = 0;
let networkFetch: typeof fetch | undefined;

async function respond(files: Map<string, Uint8Array<ArrayBuffer>>, path: string, init: RequestInit | undefined): Promise<Response> {
  if (init?.signal?.aborted) throw new DOMException('The request was aborted.', 'AbortError');
  const bytes = files.get(path);
  if (!bytes) return new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } });
  // As a browser does for a real host: a file whose hash differs from the integrity asked for is refused.
  if (init?.integrity && init.integrity !== integrityOf(await sha256Hex(bytes))) {
    throw new TypeError(`Failed to fetch: the integrity of ${path} does not match`);
  }
  return new Response(bytes, { status: 200, headers: { 'content-type': 'application/json' } });
}

function install(): void {
  if (networkFetch) return;
  // Preview content must never land in the device cache that real widgets on this origin read.
  configureContent({ cache: null });
  networkFetch = globalThis.fetch;
  const original = networkFetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    for (const [base, files] of hosts) {
      if (url.startsWith(base)) return respond(files, url.slice(base.length).replace(/[?#].*$/, ''), init);
    }
    return original.call(globalThis, input, init);
  };
}

/**
 * Serves a published layout from memory and returns its content base (an absolute URL ending in `/`).
 * Each call gets a new base, so that stores never mix two versions; the oldest are dropped.
 */
export function serveFromMemory(files: readonly PublishedFile[]): string {
  install();
  // Elements still showing the version before may ask for it once more while they are replaced.
  while (hosts.size >= KEEP) hosts.delete(hosts.keys().next().value!);
  count += 1;
  const base = new URL(`${PREFIX}${count}/`, globalThis.location.href).href;
  const encoder = new TextEncoder();
  hosts.set(base, new Map(files.map((file) => [file.path, encoder.encode(file.content)])));
  return base;
}
