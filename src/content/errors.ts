import type { ContentProblem } from './problems.js';

/**
 * Why content could not be loaded:
 * - `config`: the content base is not a usable http(s) address;
 * - `offline`: the device is offline (the browser says so), so nothing could be asked;
 * - `network`: no answer although the device is online (the host is down, DNS, CORS refused);
 * - `timeout`: no answer in time (`timeoutMs`), or the download stopped for too long (`idleTimeoutMs`);
 * - `http`: the server answered with an error status (`status`);
 * - `not-json`: the answer is not JSON (an HTML page, a truncated file);
 * - `integrity`: the file's SHA-256 differs from the manifest's;
 * - `code`: a part of this library's own code could not be loaded (the code that checks content, or the
 *   code that asks the content host): a network failure, or the page's integrity or security rules
 *   refused it, so nothing new can be shown;
 * - `schema-major`: the content follows another schema major than this library reads;
 * - `invalid`: the manifest or the dataset's top level is invalid (`problems` says where);
 * - `missing`: the manifest does not list the dataset.
 */
export type ContentErrorReason =
  'config' | 'offline' | 'network' | 'timeout' | 'http' | 'not-json' | 'integrity' | 'code' | 'schema-major' | 'invalid' | 'missing';

// An HTML page instead of JSON is retryable: a captive portal or a CDN's maintenance page goes away.
const RETRYABLE: ReadonlySet<ContentErrorReason> = new Set(['offline', 'network', 'timeout', 'http', 'not-json', 'integrity', 'code']);

/** A content loading failure, as a value the UI can show: the dataset, the URL, the reason, the JSON paths. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  /** Why it failed. */
  readonly reason: ContentErrorReason;
  /** The dataset being loaded (`walkins`). */
  readonly dataset: string;
  /** The URL that failed (the manifest or the dataset file). */
  readonly url: string;
  /** Problems found in the content, with JSON paths, for `invalid`. */
  readonly problems: readonly ContentProblem[];
  /** The HTTP status, for `http`. */
  readonly status: number | undefined;

  constructor(
    reason: ContentErrorReason,
    message: string,
    init: { dataset: string; url: string; problems?: readonly ContentProblem[]; status?: number; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = reason;
    this.dataset = init.dataset;
    this.url = init.url;
    this.problems = init.problems ?? [];
    this.status = init.status;
  }

  /** The JSON paths of the problems (`$.offices[3].address.postcode`). */
  get paths(): string[] {
    return this.problems.map((problem) => problem.path);
  }

  /**
   * Whether trying again soon may help (a network failure may pass): the store retries these a few times
   * quickly. Every failure is tried again slowly (minutes apart), as a publisher may fix anything.
   */
  get retryable(): boolean {
    return RETRYABLE.has(this.reason);
  }
}
