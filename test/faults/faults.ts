// The faults of the matrix: what the content host (or the page) does wrong, and what a reader must see
// then. A host is fixed by switching it to the "updated" publication (see test/support/routes.mjs).
import { ContentCache } from '../../src/content/cache.js';
import type { ContentErrorReason } from '../../src/content/errors.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';

/** How a fault leaves the content. */
type Kind =
  /** Nothing new can be shown: an error without a device copy, the copy marked stale with one. */
  | 'file'
  /** One record is refused: the others show (with a copy, that record's previous version). */
  | 'record'
  /** Nothing is wrong for the reader: the content comes, however it comes. */
  | 'none';

export interface Fault {
  name: string;
  /** In plain words, for the table. */
  what: string;
  /** The test host's scenario, and its options. */
  scenario: string;
  /** Send the dataset's file slowly, so that its download takes this many seconds. */
  downloadSeconds?: number;
  /** Timings of the reader's page for this fault, over the matrix's own. */
  timings?: Partial<ContentOptions>;
  records?: number;
  kind: Kind;
  /** The `fl-content-error` reason the reader's page gets (`invalid-records` for a record fault). */
  reason?: ContentErrorReason | 'invalid-records';
  /** Words of the error message a reader sees without a device copy. */
  message?: string;
  /** Something wrong in the page itself, not at the host: set up before the element, undone after. */
  environment?: () => () => void;
}

const NOT_ANSWERING = 'The information service is not answering at the moment. This page will try again by itself.';
const NOT_CHECKED = 'The information could not be checked, so it is not shown. This page will try again by itself.';

/**
 * A sandboxed frame (`<iframe sandbox="allow-scripts">`): reading `caches` or `localStorage` throws. Stores
 * created meanwhile get a device copy made in that frame (none at all).
 */
function sandboxed(): () => void {
  const names = ['caches', 'localStorage'] as const;
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  for (const name of names) {
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => {
        throw new DOMException(`Access to ${name} is denied for this document.`, 'SecurityError');
      },
    });
  }
  const previous = configureContent({ cache: new ContentCache() });
  return () => {
    configureContent({ cache: previous.cache });
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  };
}

export const FAULTS: readonly Fault[] = [
  { name: 'down', what: 'host down (connection closed)', scenario: 'down', kind: 'file', reason: 'network', message: NOT_ANSWERING },
  { name: 'stall', what: 'host never answers', scenario: 'stall', kind: 'file', reason: 'timeout', message: NOT_ANSWERING },
  { name: 'http-503', what: 'HTTP 503', scenario: 'fail', kind: 'file', reason: 'http', message: NOT_ANSWERING },
  { name: 'html', what: 'HTML page with 200 (captive portal)', scenario: 'html', kind: 'file', reason: 'not-json', message: NOT_ANSWERING },
  { name: 'html-500', what: 'HTML page with 500', scenario: 'html500', kind: 'file', reason: 'http', message: NOT_ANSWERING },
  { name: 'bad-json', what: 'truncated JSON manifest', scenario: 'bad-json', kind: 'file', reason: 'not-json', message: NOT_ANSWERING },
  {
    name: 'corrupt',
    what: 'wrong bytes under an immutable hashed name',
    scenario: 'corrupt',
    kind: 'file',
    reason: 'integrity',
    message: NOT_CHECKED,
  },
  { name: 'hash', what: 'manifest hash differs from the file', scenario: 'hash', kind: 'file', reason: 'integrity', message: NOT_CHECKED },
  {
    name: 'major',
    what: 'a new schema major',
    scenario: 'major',
    kind: 'file',
    reason: 'schema-major',
    message: 'published for another version of this widget',
  },
  { name: 'missing', what: 'dataset not in the manifest', scenario: 'missing', kind: 'file', reason: 'missing', message: 'Please try again later.' },
  { name: 'missing-file', what: 'listed file answers 404', scenario: 'missing-file', kind: 'file', reason: 'http', message: NOT_ANSWERING },
  {
    name: 'invalid-top',
    what: 'invalid top fields',
    scenario: 'invalid-top',
    kind: 'file',
    reason: 'invalid',
    message: 'contains errors and cannot be shown',
  },
  { name: 'stall-body', what: 'download stops half-way', scenario: 'stall-body', kind: 'file', reason: 'timeout', message: NOT_ANSWERING },
  { name: 'invalid-record', what: 'one invalid record', scenario: 'invalid-record', kind: 'record', reason: 'invalid-records' },
  { name: 'surrogate', what: 'lone surrogate in one e-mail', scenario: 'surrogate', kind: 'record', reason: 'invalid-records' },
  { name: 'crlf', what: 'CR LF and calendar lines in one source URL', scenario: 'crlf', kind: 'record', reason: 'invalid-records' },
  { name: 'large', what: '1,000 records', scenario: 'large', records: 1000, kind: 'none' },
  // Timeouts of 3 s, not the matrix's 1.5 s: under CI's load the test server alone can take over 1.5 s
  // to answer eight slow downloads at once, which fails the cell for the wrong reason.
  {
    name: 'throttle',
    what: 'slow download (4 s, longer than the timeouts)',
    scenario: 'throttle',
    downloadSeconds: 4,
    timings: { timeoutMs: 3000, idleTimeoutMs: 3000 },
    kind: 'none',
  },
  { name: 'sandboxed', what: 'sandboxed iframe (caches, localStorage throw)', scenario: 'updated', kind: 'none', environment: sandboxed },
];
