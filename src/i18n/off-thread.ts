/**
 * Intl's set-up off the main thread. The first formatter a page makes costs a block of 20 to 35 ms at
 * normal speed (about 100 with the CPU slowed 4x) that no order of the warm-up's pieces splits, and each
 * kind of formatter after it a few ms more (./warm-up.ts). Nearly all of that is ICU loading its data for
 * the language, and ICU keeps what it loaded for the whole browser process: once a worker has made one
 * formatter of each kind, the warm-up's pieces take the main thread a quarter of the time (17.7 ms instead
 * of 69.4 at normal speed, 73 instead of 333 slowed 4x; bench/README.md, 2026-12-08 (morning)). So the
 * warm-up first has a short-lived worker make them, and its pieces run once the worker is done: the main
 * thread waits for that instead of working.
 *
 * The worker is made from a `blob:` URL (a worker's script must come from the page's own origin; the
 * library's files come from another). A Content Security Policy that limits workers (`worker-src`, or
 * `script-src` without it) or enforces Trusted Types without allowing the policy named {@link POLICY}
 * makes the browser refuse it and say so in the console; the warm-up then does the same work on the main
 * thread, as without workers. docs/performance.md says what to allow.
 */
import { intlLocale } from './format.js';

/** The Trusted Types policy that makes the worker's URL, under `require-trusted-types-for 'script'`. */
export const POLICY = 'frontline-widgets';

/** Past this many ms the warm-up goes on without the worker (a busy phone, a worker that never answers). */
const PATIENCE_MS = 1500;

/**
 * What the worker runs, from its source text: one formatter of each kind the widgets make, in `locale`
 * and in Belgian time. Self-contained (no name from outside it), as it is turned into text.
 */
function setUp(locale: string): void {
  const zone = { timeZone: 'Europe/Brussels' };
  for (const make of [
    () => new Intl.Locale(locale).maximize(),
    () => new Intl.Collator(locale).compare('a', 'b'),
    () => new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'full', timeStyle: 'short' }).formatRange(0, 1e8),
    // The Belgian wall clock's parts and offsets (src/logic/zoned-time.ts).
    () => new Intl.DateTimeFormat('en-US', { ...zone, era: 'short', timeZoneName: 'longOffset' }).formatToParts(0),
    () => new Intl.RelativeTimeFormat(locale).format(1, 'day'),
    () => new Intl.ListFormat(locale).format(['a', 'b']),
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1),
    () => new Intl.DisplayNames(locale, { type: 'language' }).of('fr'),
  ]) {
    try {
      make();
    } catch {
      // A kind this browser lacks, or a language it does not know: the main thread finds out as without a worker.
    }
  }
  postMessage(0);
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): { createScriptURL(input: string): unknown };
}

/** The Trusted Types policy, made once. */
let policy: ReturnType<TrustedTypesLike['createPolicy']> | undefined;

/**
 * `url` as the Worker constructor takes it: through {@link POLICY} where the browser has Trusted Types
 * (a page that does not allow the policy makes this throw).
 */
function scriptUrl(url: string): string {
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return url;
  // Only a blob: URL passes: the policy is no way in for a script from anywhere else.
  policy ??= types.createPolicy(POLICY, { createScriptURL: (input) => (input.startsWith('blob:') ? input : '') });
  // A TrustedScriptURL, which the Worker constructor takes where it takes a string.
  return policy.createScriptURL(url) as string;
}

/** The worker's run of each language (by Intl tag): resolves when it is over, refused or given up. */
const runs = new Map<string, Promise<void>>();
/** A worker was refused (a Content Security Policy): the page asks for none again. */
let refused = false;

/**
 * Has a worker make `locale`'s formatters (once per language and page); resolves when it is done, or at
 * once where there is no worker to be had. Never rejects.
 */
export function warmUpOffThread(locale: string): Promise<void> {
  const tag = intlLocale(locale);
  let run = runs.get(tag);
  if (!run) runs.set(tag, (run = start(tag)));
  return run;
}

function start(tag: string): Promise<void> {
  if (refused || typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let url: string | undefined;
    let worker: Worker | undefined;
    const end = (): void => {
      clearTimeout(timer);
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
      resolve();
    };
    const timer = setTimeout(end, PATIENCE_MS);
    try {
      url = URL.createObjectURL(new Blob([`(${String(setUp)})(${JSON.stringify(tag)})`], { type: 'text/javascript' }));
      worker = new Worker(scriptUrl(url));
      worker.onmessage = end;
      worker.onerror = () => {
        refused = true;
        end();
      };
    } catch {
      refused = true;
      end();
    }
  });
}
