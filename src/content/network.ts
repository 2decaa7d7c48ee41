/**
 * What the store needs only to talk to the content host: requests with their timeouts and progress, and
 * the waits between attempts, and the manifest's fields read by hand once it came. A chunk of its own in
 * the built library: a device copy shows without it.
 */
export { fetchJson } from './loader.js';
export { listingOf } from './schema/manifest-fields.js';
export { backoffDelay, slowDelay, waitForRetry } from './retry.js';
