/**
 * One request for one JSON file: a timeout, Subresource Integrity for dataset files, and failures turned
 * into ContentErrors that say what went wrong. No retries here (the store retries), no DOM.
 */
import { ContentError } from './errors.js';
import { readJson } from './json-io.js';

export interface FetchJsonOptions {
  /** The dataset being loaded, for error reports. */
  dataset: string;
  /** Abort after this many milliseconds. */
  timeoutMs: number;
  /** The expected SHA-256 (64 hex digits): the request carries `integrity`, and a mismatch is reported as such. */
  sha256?: string;
  /** Aborts the request from outside. */
  signal?: AbortSignal;
}

/** `sha256-<base64>` for a hex SHA-256, as `fetch(url, { integrity })` takes it. */
export function integrityOf(sha256Hex: string): string {
  let binary = '';
  for (let i = 0; i < sha256Hex.length; i += 2) binary += String.fromCharCode(parseInt(sha256Hex.slice(i, i + 2), 16));
  return `sha256-${btoa(binary)}`;
}

/** The SHA-256 of `bytes` as 64 lower-case hex digits (Web Crypto: browsers in a secure context, Node 20). */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const canHash = () => typeof globalThis.crypto?.subtle?.digest === 'function';

/** Fetches `url` and parses it as JSON; rejects with a ContentError. */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const { dataset } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const init: RequestInit = { signal: controller.signal, credentials: 'omit', mode: 'cors' };

  const fail = (cause: unknown): ContentError => {
    if (cause instanceof ContentError) return cause;
    if (timedOut) {
      return new ContentError('timeout', `${dataset}: no answer from ${url} within ${options.timeoutMs} ms`, { dataset, url, cause });
    }
    return new ContentError('network', `${dataset}: could not reach ${url} (offline, or the content host does not allow this page's origin)`, {
      dataset,
      url,
      cause,
    });
  };

  try {
    // The hash is checked here with Web Crypto, off the main thread. `fetch(url, { integrity })` checks it
    // on the main thread, in one task as long as the file (about 70 ms for 8 MB in Chromium on this
    // machine): used only where Web Crypto is missing (a page not served over https).
    const checkHere = options.sha256 !== undefined && canHash();
    const response = await fetch(url, options.sha256 && !checkHere ? { ...init, integrity: integrityOf(options.sha256) } : init);
    if (!response.ok) {
      throw new ContentError('http', `${dataset}: ${url} answered ${response.status} ${response.statusText}`.trim(), {
        dataset,
        url,
        status: response.status,
      });
    }
    const bytes = await response.arrayBuffer();
    // The answer is here: what follows (hash, parse in slices) is not the host's time to answer.
    clearTimeout(timer);
    if (checkHere) {
      const actual = await sha256Hex(bytes);
      if (actual !== options.sha256) {
        throw new ContentError('integrity', `${dataset}: ${url} has SHA-256 ${actual}, but the manifest says ${options.sha256}`, {
          dataset,
          url,
        });
      }
    }
    try {
      // A file of thousands of services is parsed in slices (see json-io.ts), never in one long task.
      return await readJson(bytes, controller.signal);
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      const type = response.headers.get('content-type') ?? '';
      const start = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64)));
      const html = /html/i.test(type) || /^\s*</.test(start);
      const what = html ? 'a web page (HTML) instead of JSON' : 'text that is not valid JSON';
      throw new ContentError('not-json', `${dataset}: ${url} sent ${what}`, { dataset, url, cause });
    }
  } catch (cause) {
    throw fail(cause);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
