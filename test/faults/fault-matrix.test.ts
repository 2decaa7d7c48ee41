// The fault matrix: every element (./elements.ts) against every fault of the content host or the page
// (./faults.ts), with and without a copy on the device. Each cell checks what the reader sees, that good
// content is kept (on screen and on the device), which events the page gets, and that the element shows
// the host's fixed content by itself, without a click, within RECOVERY_MS. Retry timings are shortened
// through configureContent so that the whole matrix runs in CI.
import { expect } from '@open-wc/testing';
import { ContentCache } from '../../src/content/cache.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, setScenario, storeFor, uniqueKey, until } from '../content/helpers.js';
import { ELEMENTS, type MatrixElement } from './elements.js';
import { FAULTS, type Fault } from './faults.js';

/** The timings of a reader's page, shortened: minutes become a few hundred milliseconds. */
const TIMINGS: Partial<ContentOptions> = {
  slowMs: 100,
  timeoutMs: 1500,
  idleTimeoutMs: 1500,
  retries: 1,
  backoffMs: 20,
  maxBackoffMs: 50,
  slowRetryMs: 300,
};
/** The longest a cell may take to show the fixed content once the host is fixed. */
const RECOVERY_MS = 6000;
/** Wednesday 25 November 2026, 10:00 in Brussels. */
const NOW = new Date('2026-11-25T09:00:00Z');

interface Cell {
  element: MatrixElement;
  fault: Fault;
  copy: boolean;
  key: string;
  base: string;
  /** The SHA-256 of the device copy made before the fault. */
  seeded?: string | undefined;
  el?: HTMLElement;
  events: { type: string; updated?: string }[];
  /** The loading box said how much of the file had come. */
  sawProgress?: boolean;
}

const label = (cell: Cell) => `${cell.element.tag} ${cell.copy ? 'with' : 'without'} a device copy`;
const root = (cell: Cell) => cell.el!.shadowRoot!;
const part = (cell: Cell, name: string) => root(cell).querySelector(`[part~="${name}"]`);
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (cell: Cell) => cell.events.map((event) => event.type);

/** How many records each element shows of the example content on a healthy host. */
const baseline = new Map<string, number>();

async function mount(cell: Cell): Promise<void> {
  const el = document.createElement(cell.element.tag);
  for (const [name, value] of Object.entries(cell.element.attributes)) el.setAttribute(name, value);
  el.setAttribute('content-base', cell.base);
  (el as HTMLElement & { now?: Date }).now = NOW;
  el.addEventListener('fl-content-load', (event) => cell.events.push({ type: `load:${event.source}`, updated: event.updated }));
  el.addEventListener('fl-content-error', (event) => cell.events.push({ type: `error:${event.reason}` }));
  cell.el = el;
  document.body.append(el);
}

/** Before the fault: a healthy host with the README's cache headers, and the device copy of a first visit. */
async function prepare(cell: Cell): Promise<void> {
  await setScenario(cell.key, 'ok', 0, { headers: 'published' });
  if (cell.copy) {
    const first = await storeFor(cell.key, { timeoutMs: 10_000, idleTimeoutMs: 10_000 }).load(cell.element.dataset);
    expect(first.status, `${label(cell)}: first visit`).to.equal('ready');
    cell.seeded = first.sha256;
  }
  const { fault } = cell;
  let rate: number | undefined;
  if (fault.downloadSeconds) {
    const manifest = (await (await fetch(`${cell.base}v1/manifest.json`, { cache: 'no-store' })).json()) as {
      datasets: Record<string, { bytes: number }>;
    };
    rate = Math.ceil(manifest.datasets[cell.element.dataset.name]!.bytes / fault.downloadSeconds);
  }
  await setScenario(cell.key, fault.scenario, 0, {
    headers: 'published',
    ...(rate ? { rate } : {}),
    ...(fault.records ? { records: fault.records } : {}),
  });
}

/** What shows while the host is at fault: the state the fault's kind calls for. */
function faultShown(cell: Cell): boolean {
  const { fault, copy, element } = cell;
  cell.sawProgress ||= words(part(cell, 'loading')).includes('Downloading the information');
  const seen = names(cell);
  if (fault.kind === 'file') {
    if (!seen.includes(`error:${fault.reason}`)) return false;
    return copy ? element.showing(cell.el!) && part(cell, 'stale-notice') !== null : part(cell, 'error') !== null;
  }
  if (fault.kind === 'record') return seen.includes('load:network') && seen.includes('error:invalid-records') && element.showing(cell.el!);
  // A larger publication replacing the device copy: the finder keeps the copy's results on screen while
  // it indexes the new services (in slices), then shows them.
  return seen.includes('load:network') && element.showing(cell.el!) && (fault.records === undefined || element.records(cell.el!) === fault.records);
}

function expectedEvents(cell: Cell): string[] {
  const { fault, copy } = cell;
  const cached = copy && !fault.environment ? ['load:cache'] : [];
  if (fault.kind === 'file') return [...cached, `error:${fault.reason}`];
  if (fault.kind === 'record') return [...cached, 'load:network', 'error:invalid-records'];
  return [...cached, 'load:network'];
}

/** Checks of the reader's screen, common to every state: nothing unsafe, nothing broken. */
function checkSafe(cell: Cell): void {
  const hrefs = [...root(cell).querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
  expect(
    hrefs.filter((href) => !/^(https:|tel:|mailto:|blob:|#)/.test(href)),
    `${label(cell)}: links`,
  ).to.deep.equal([]);
  expect(root(cell).querySelectorAll('.fl-record-error').length, `${label(cell)}: no record replaced by a note`).to.equal(0);
  expect(
    /[\ud800-\udfff]/.test(root(cell).textContent.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')),
    `${label(cell)}: no broken character`,
  ).to.equal(false);
}

async function duringFault(cell: Cell): Promise<void> {
  const { fault, copy, element } = cell;
  await until(() => faultShown(cell), 10_000, `${label(cell)}: the state of "${fault.name}" (events ${names(cell).join(', ')})`);
  await (cell.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const records = element.records(cell.el!);
  const all = baseline.get(element.tag)!;
  // What the reader sees.
  if (fault.kind === 'file' && !copy) {
    expect(words(part(cell, 'error')), `${label(cell)}: the message`).to.contain(fault.message);
    expect(part(cell, 'retry'), `${label(cell)}: a retry button`).to.exist;
    expect(records, `${label(cell)}: nothing unchecked shows`).to.equal(0);
  } else if (fault.kind === 'file') {
    expect(words(part(cell, 'stale-notice')), `${label(cell)}: stale`).to.contain('could not be refreshed');
    expect(records, `${label(cell)}: the device copy shows whole`).to.equal(all);
  } else if (fault.kind === 'record') {
    expect(part(cell, 'error'), `${label(cell)}: no error`).to.equal(null);
    expect(records, `${label(cell)}: ${copy ? "every record (the bad one's last good version)" : 'every other record'}`).to.equal(
      copy ? all : all - 1,
    );
  } else {
    expect(part(cell, 'error'), `${label(cell)}: no error`).to.equal(null);
    expect(part(cell, 'stale-notice'), `${label(cell)}: not stale`).to.equal(null);
    expect(records, `${label(cell)}: every record`).to.equal(fault.records ?? all);
    // The services (250 kB) on a first visit: the reader sees the download progress, not "slow".
    if (fault.downloadSeconds && !copy && element.tag === 'fl-service-finder')
      expect(cell.sawProgress, `${label(cell)}: progress shown`).to.equal(true);
  }
  checkSafe(cell);
  // Which events the page got.
  expect(names(cell), `${label(cell)}: events`).to.deep.equal(expectedEvents(cell));
}

/** Good content is kept on the device: a fault never replaces the copy with less. */
async function checkDeviceCopy(cell: Cell): Promise<void> {
  const { fault, copy, element } = cell;
  if (fault.environment) return;
  const read = () => new ContentCache().read(cell.base, 1, element.dataset.name);
  let kept = await read();
  // The copy of a publication with records left out is written just after it shows.
  for (let tries = 0; fault.kind === 'record' && !kept?.dropped.length && tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    kept = await read();
  }
  if (fault.kind === 'file') {
    if (copy) expect(kept?.sha256, `${label(cell)}: the device copy is the good one`).to.equal(cell.seeded);
    else expect(kept, `${label(cell)}: nothing was kept`).to.equal(undefined);
  } else if (fault.kind === 'record') {
    expect(kept?.dropped.length, `${label(cell)}: the copy kept, with the record left out`).to.be.greaterThan(0);
    const text = JSON.stringify(kept!.data);
    expect(text, `${label(cell)}: the kept copy`).not.to.match(/\\ud800|BEGIN:VALARM|"yesterday"/);
  }
}

async function afterFix(cell: Cell): Promise<number> {
  const { element } = cell;
  const before = cell.events.length;
  const started = performance.now();
  const alreadyUpdated = cell.events.at(-1)?.updated === '2026-11-27' && cell.events.at(-1)?.type === 'load:network';
  await setScenario(cell.key, 'updated', 0, { headers: 'published' });
  await until(
    () =>
      (alreadyUpdated || cell.events.slice(before).some((event) => event.type === 'load:network' && event.updated === '2026-11-27')) &&
      part(cell, 'error') === null &&
      part(cell, 'stale-notice') === null &&
      element.showing(cell.el!) &&
      element.records(cell.el!) === baseline.get(element.tag),
    RECOVERY_MS,
    `${label(cell)}: recovery by itself (events ${names(cell).join(', ')})`,
  );
  const took = performance.now() - started;
  // One load of the fixed content (an attempt under way when the host changed may fail once more first).
  const after = names(cell).slice(before);
  expect(
    after.filter((name) => name.startsWith('load:')),
    `${label(cell)}: events after the fix (${after.join(', ')})`,
  ).to.deep.equal(alreadyUpdated ? [] : ['load:network']);
  if (!alreadyUpdated) expect(after.at(-1), `${label(cell)}: the last event`).to.equal('load:network');
  checkSafe(cell);
  return took;
}

describe('fault matrix', function () {
  this.timeout(30_000);
  let previous: Partial<ContentOptions>;
  before(async () => {
    previous = configureContent(TIMINGS);
    // The baseline: what each element shows of the example content on a healthy host.
    await Promise.all(
      ELEMENTS.map(async (element) => {
        const cell: Cell = { element, fault: FAULTS[0]!, copy: false, key: uniqueKey('baseline'), base: '', events: [] };
        cell.base = baseFor(cell.key);
        await mount(cell);
        await until(() => element.showing(cell.el!), 10_000, `${element.tag} on a healthy host`);
        baseline.set(element.tag, element.records(cell.el!));
        cell.el!.remove();
      }),
    );
  });
  after(() => {
    configureContent(previous);
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.what}`, async () => {
      const cells: Cell[] = ELEMENTS.flatMap((element) =>
        [false, true].map((copy) => {
          const key = uniqueKey(`matrix-${fault.name}`);
          return { element, fault, copy, key, base: baseFor(key), events: [] };
        }),
      );
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await Promise.all(cells.map(prepare));
        const undo = fault.environment?.();
        const timings = fault.timings ? configureContent({ ...TIMINGS, ...fault.timings }) : undefined;
        try {
          for (const cell of cells) await mount(cell);
          await Promise.all(cells.map(duringFault));
          if (!undo) await Promise.all(cells.map(checkDeviceCopy));
          // A fault that leaves nothing wrong for the reader has nothing to recover from.
          if (fault.kind !== 'none') await Promise.all(cells.map(afterFix));
        } finally {
          if (timings) configureContent(timings);
          undo?.();
        }
      } finally {
        console.warn = warn;
        for (const cell of cells) cell.el?.remove();
      }
    });
  }
});
