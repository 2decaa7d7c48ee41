import type { ContentProblem } from './problems.js';

/**
 * Why content could not be loaded:
 * - `config`: the content base is not a usable http(s) address;
 * - `network`: no answer (offline, DNS, CORS refused);
 * - `timeout`: no answer in time (`timeoutMs`);
 * - `http`: the server answered with an error status (`status`);
 * - `not-json`: the answer is not JSON (an HTML page, a truncated file);
 * - `integrity`: the file's SHA-256 differs from the manifest's;
 * - `schema-major`: the content follows another schema major than this library reads;
 * - `invalid`: the manifest or the dataset's top level is invalid (`problems` says where);
 * - `missing`: the manifest does not list the dataset.
 */
export type ContentErrorReason =
  | 'config'
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'integrity'
  | 'schema-major'
  | 'invalid'
  | 'missing';

const RETRYABLE: ReadonlySet<ContentErrorReason> = new Set(['network', 'timeout', 'http', 'integrity']);

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

  /** Whether trying again later may help (a network failure may pass; invalid content will not). */
  get retryable(): boolean {
    return RETRYABLE.has(this.reason);
  }
}
