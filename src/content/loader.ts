/**
 * One request for one JSON file: timeouts that watch the network (no answer, or no bytes for a while,
 * never a download that is progressing), Subresource Integrity for dataset files, progress as bytes
 * arrive, and failures turned into ContentErrors that say what went wrong. No retries here (the store
 * retries), no DOM.
 */
import { ContentError } from './errors.js';
import { readJson } from './json-io.js';
import { deviceOffline } from './retry.js';
import { Watchdog } from './watchdog.js';

/** How much of a file has arrived. */
export interface DownloadProgress {
  /** Bytes received so far. */
  received: number;
  /** The file's size in bytes, when known (the manifest's `bytes`, else the response's Content-Length). */
  total: number | undefined;
}

export interface FetchJsonOptions {
  /** The dataset being loaded, for error reports. */
  dataset: string;
  /** Abort when no answer (the response's headers) came in this many milliseconds of network time. */
  timeoutMs: number;
  /** Abort when no byte of the body came in this many milliseconds (default: `timeoutMs`). Never while bytes arrive. */
  idleTimeoutMs?: number;
  /** Skip the browser's HTTP cache: `reload` fetches anew (and stores the answer), `no-cache` asks the host whether the copy is current. */
  cache?: RequestCache;
  /** The expected size in bytes, for progress. */
  bytes?: number;
  /** Called as bytes arrive. */
  onProgress?: (progress: DownloadProgress) => void;
  /** The expected SHA-256 (64 hex digits): the request carries `integrity`, and a mismatch is reported as such. */
  sha256?: string;
  /** Aborts the request from outside. */
  signal?: AbortSignal;
  /** The answer to this very request, asked earlier (by src/loader.ts): read instead of asking again. */
  response?: Promise<Response>;
}

/**
 * How every request for content is made: no cookies, and no Referer (what the reader searched for, in the
 * page's address, never travels to the content host, whatever the host page's referrer policy).
 */
export const REQUEST: Readonly<RequestInit> = { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' };

/**
 * An answer asked for earlier (a request this code cannot abort), or a rejection with the signal's reason
 * once it aborts; the answer's body, if it comes after all, is then not downloaded further.
 */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(signal.reason as Error);
      response
        .then(
          (late) => late.body?.cancel(),
          () => undefined,
        )
        .catch(() => undefined);
    };
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
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
  let timedOut: 'answer' | 'bytes' | undefined;
  let waitingFor: 'answer' | 'bytes' = 'answer';
  const watchdog = new Watchdog(options.timeoutMs, () => {
    timedOut = waitingFor;
    controller.abort();
  });
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const init: RequestInit = { ...REQUEST, signal: controller.signal };
  if (options.cache) init.cache = options.cache;

  const fail = (cause: unknown): ContentError => {
    if (cause instanceof ContentError) return cause;
    if (timedOut === 'answer') {
      return new ContentError('timeout', `${dataset}: no answer from ${url} within ${options.timeoutMs} ms`, { dataset, url, cause });
    }
    if (timedOut === 'bytes') {
      const idle = options.idleTimeoutMs ?? options.timeoutMs;
      return new ContentError('timeout', `${dataset}: the download of ${url} stopped (no data for ${idle} ms)`, { dataset, url, cause });
    }
    if (deviceOffline()) return new ContentError('offline', `${dataset}: the device is offline; ${url} could not be asked`, { dataset, url, cause });
    return new ContentError('network', `${dataset}: could not reach ${url} (the host does not answer, or does not allow this page's origin)`, {
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
    // An answer asked for earlier carries no `integrity`: read only where the hash is checked here.
    const early = options.sha256 === undefined || checkHere ? options.response : undefined;
    const response = await (early
      ? untilAborted(early, controller.signal)
      : fetch(url, options.sha256 && !checkHere ? { ...init, integrity: integrityOf(options.sha256) } : init));
    if (!response.ok) {
      const type = response.headers.get('content-type') ?? '';
      throw new ContentError(
        'http',
        `${dataset}: ${url} answered ${response.status} ${response.statusText}${/html/i.test(type) ? ' (a web page)' : ''}`.trim(),
        {
          dataset,
          url,
          status: response.status,
        },
      );
    }
    waitingFor = 'bytes';
    watchdog.restart(options.idleTimeoutMs ?? options.timeoutMs);
    const bytes = await readBody(response, options, controller.signal, () => watchdog.restart());
    // The answer is here: what follows (hash, parse in slices) is not the host's time to answer.
    watchdog.stop();
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
    watchdog.stop();
    options.signal?.removeEventListener('abort', abort);
  }
}

/** The body's bytes, read as they arrive: `progressed()` after each piece, `onProgress` too. */
async function readBody(response: Response, options: FetchJsonOptions, signal: AbortSignal, progressed: () => void): Promise<ArrayBuffer> {
  const reader = response.body?.getReader();
  if (!reader) return response.arrayBuffer();
  // fetch() ends its body on abort; a body that is not fetch()'s own (a service worker's) may not.
  const cancel = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await readChunks(reader, response, options, progressed, signal);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  response: Response,
  options: FetchJsonOptions,
  progressed: () => void,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const length = Number(response.headers.get('content-length'));
  let total = options.bytes ?? (Number.isFinite(length) && length > 0 ? length : undefined);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    signal.throwIfAborted();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    progressed();
    // Content-Length counts compressed bytes; the stream gives them decompressed.
    if (total !== undefined && received > total) total = undefined;
    options.onProgress?.({ received, total });
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}
