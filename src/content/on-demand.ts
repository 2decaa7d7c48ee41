/**
 * The chunks the store loads on demand, each once per page (again after a failed load): the code that
 * checks content (zod/mini and the schemas) and the code that asks the content host. A device copy shows
 * with neither.
 */
import { ContentError } from './errors.js';
import type { WaitEnd } from './retry.js';

type Validation = typeof import('./validation.js');
let validation: Promise<Validation> | undefined;

/**
 * The validation module, loaded once (a chunk of the built library). A failed load (the chunk could not
 * be fetched, or the page's rules refused it) is a `code` ContentError, tried again on the next attempt.
 */
export function loadValidation(dataset: string, url: string): Promise<Validation> {
  validation ??= import('./validation.js').catch((cause: unknown) => {
    validation = undefined;
    throw new ContentError('code', `${dataset}: could not load the code that checks content (${String(cause)})`, { dataset, url, cause });
  });
  return validation;
}

type Network = typeof import('./network.js');
let network: Promise<Network> | undefined;

/**
 * The code that asks the content host (requests, timeouts, progress), a chunk of its own: a device copy
 * shows without it. Every store starts loading it when made, beside the device copy's read, so the first
 * request seldom waits for it. A failed load is a `code` ContentError, offline or not: it is this library's
 * code that did not load, which some browsers keep failed until the page reloads (components/controllers/
 * lazy-piece.ts), so the reader is asked to reload, not only to check the connection. It is tried again on
 * the next attempt all the same (a browser that fetches a failed module again, as Chromium now does, succeeds).
 */
export function loadNetwork(dataset: string, url: string): Promise<Network> {
  network ??= import('./network.js');
  return network.catch((cause: unknown) => {
    network = undefined;
    throw new ContentError('code', `${dataset}: could not load the code that asks the content host (${String(cause)})`, { dataset, url, cause });
  });
}

/** A wait without the network chunk (it could not load: offline on a first visit), ended early by going online. */
export function plainWait(delay: number): { done: Promise<WaitEnd>; wake: () => void } {
  let wake!: () => void;
  const done = new Promise<WaitEnd>((resolve) => {
    const timer = setTimeout(() => end('timer'), delay);
    const end = (how: WaitEnd): void => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', wake);
      resolve(how);
    };
    wake = () => end('woken');
    globalThis.addEventListener?.('online', wake);
  });
  return { done, wake };
}
