// npm run bench (second part): how fast the BUILT widgets show their content, beside a floor, in headless
// Chromium, served locally with the built example content (dist/content/).
//
// Pages ("cells"): the loader (dist/frontline-widgets.js) with each element alone, and with all four, and
// the walk-in schedule's own file with its chunks preloaded (below, ALL_CELLS);
// each beside its floor, a page with a minimal Lit element
// (bench/floor.ts) that fetches the manifest and the same dataset and renders a plain list. Each page is
// visited first (fresh browser context: nothing cached) and second (the same context again: the device
// copy and the HTTP cache hold what the first visit left), at normal CPU and slowed 4x (CDP
// Emulation.setCPUThrottlingRate, a cheap phone). Runs are interleaved: each round visits every page once,
// so a page and its floor meet the same moment of the machine's load.
//
// Per visit: navigation start to the frame that shows the content (every widget of the page), the CPU
// time of the page's main thread until then (from a trace: wall times, at 4x above all, move with the
// machine's load), the longest main-thread task (Long Tasks API: tasks over 50 ms), the number of such
// tasks, and layout shift after the content showed. Reports medians and the ratio to the floor's median in
// the same run; writes bench/startup.json (this machine's figures: not kept in git, see bench/README.md).
//
// `--network 400:150` puts every visit on a slow connection (400 kbps each way, 150 ms round trip: CDP
// Network.emulateNetworkConditions), with files gzipped as a CDN sends them; without it the pages come
// from this machine at once, and the figures are the CPU's alone. `--lang ar` gives the host pages that
// language (the widgets then load its translations; the floor has none to load).
//   node scripts/bench/startup.mjs [--runs 7] [--cpu 1,4] [--network kbps:rtt] [--pages finder,walk-in] [--visits 3] [--no-build] [--reserve 20rem] [--no-intl] [--lang ar]
/* global PerformanceObserver, performance, requestAnimationFrame -- in functions that run in the page */
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { dist, hostPage, launchChromium, root, serveDist } from '../dist-server.mjs';
import { loaderLists } from '../sizes.mjs';
import { median, networkOption, option, requireBuild } from './cli.mjs';

const argv = process.argv.slice(2);
const runs = Number(option('runs', 7));
// `--visits 3` adds a third visit: Chromium makes V8's code cache of a script on its second load and uses
// it from the third, so a reader who comes back a third time compiles less than the second visit shows.
const KINDS = ['first', 'second', 'third'].slice(0, Math.max(2, Math.min(3, Number(option('visits', 2)))));
const rates = option('cpu', '1,4').split(',').map(Number);
const reserve = option('reserve', undefined);
const lang = option('lang', 'en');
if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang)) {
  console.error(`--lang ${lang}: not a language tag (ar, fr-BE)`);
  process.exit(1);
}
const { kbps, rtt, conditions: network } = networkOption();
requireBuild();

// A Wednesday morning in Brussels, so every run renders the same schedule and "open now".
const NOW = '2026-11-25T10:30:00+01:00';
/** A page script of bench/, bundled and minified. */
const bundle = async (file, format) =>
  (await build({ entryPoints: [join(root, file)], bundle: true, minify: true, format, write: false, target: 'es2022' })).outputFiles[0].text;
const floorJs = await bundle('bench/floor.ts', 'esm');

const widget = (tag) => `<${tag} content-base="/dist/content/" now="${NOW}"${tag === 'fl-walkin-schedule' ? ' show="all"' : ''}></${tag}>`;
const floor = (dataset) => `<fl-floor content-base="/dist/content/" dataset="${dataset}"></fl-floor>`;
// Text above and below the widgets: a widget that grows after its content shows moves the text below it.
const page = (body) => `<h1>Help and information</h1><p>Text of the host page above.</p>${body}<p>Text of the host page below.</p>`;
// `file`: the page loads that element file (dist/<file>.js) instead of the loader, with a
// `<link rel="modulepreload">` for each chunk the loader would import beside it (docs/performance.md): the
// browser then fetches them all at once, as it fetches the floor's one script, instead of finding them
// one file later. What the loader's second round trip costs.
const ALL_CELLS = [
  { name: 'walk-in schedule', tags: ['fl-walkin-schedule'], floor: ['walkins'] },
  { name: 'walk-in schedule, element file + modulepreload', tags: ['fl-walkin-schedule'], floor: ['walkins'], file: 'fl-walkin-schedule' },
  { name: 'service finder', tags: ['fl-service-finder'], floor: ['services'] },
  { name: 'procedure explainer', tags: ['fl-procedure-explainer'], floor: ['procedures'] },
  { name: 'reintegration cards', tags: ['fl-reintegration-cards'], floor: ['reintegration'] },
  {
    name: 'all elements',
    tags: ['fl-walkin-schedule', 'fl-service-finder', 'fl-procedure-explainer', 'fl-reintegration-cards'],
    floor: ['walkins', 'services', 'procedures', 'reintegration'],
  },
];
// `--pages finder,walk-in`: only the pages whose name holds one of these words.
const only = option('pages', '').split(',').filter(Boolean);
const CELLS = ALL_CELLS.filter((cell) => only.length === 0 || only.some((word) => cell.name.includes(word)));
// `--no-intl`, a what-if: the widgets' pages first run bench/no-intl.ts, which replaces Intl with stand-ins
// that cost next to nothing (the floor formats nothing and is left as it is). What Intl costs a visit is
// the difference from a run without it; the dates the widgets then show are wrong.
const noIntl = argv.includes('--no-intl');
const noIntlJs = noIntl ? await bundle('bench/no-intl.ts', 'iife') : '';
const head = (reserve ? '<link rel="stylesheet" href="/host.css">' : '') + (noIntl ? '<script src="/no-intl.js"></script>' : '');
const css = `${ALL_CELLS.at(-1)
  .tags.map((tag) => `${tag}:not(:defined)`)
  .join(', ')} { display: block; min-block-size: ${reserve}; }`;
// The floor's script is kept by the browser as the loader is (dist-server.mjs: `max-age=300`).
const pages = {
  '/floor.js': { html: floorJs, type: 'text/javascript', cache: 'public, max-age=300' },
  '/host.css': { html: css, type: 'text/css' },
  '/no-intl.js': { html: noIntlJs, type: 'text/javascript', cache: 'public, max-age=300' },
};
const lists = loaderLists(dist);
const preloads = (tag) => lists[tag].map((file) => `<link rel="modulepreload" href="/dist/${relative(dist, file)}">`).join('');
for (const [i, cell] of CELLS.entries()) {
  const body = page(cell.tags.map(widget).join(''));
  pages[`/cell-${i}.html`] = cell.file
    ? hostPage(`/dist/${cell.file}.js`, body, { head: head + preloads(cell.file), lang })
    : hostPage('/dist/frontline-widgets.js', body, { head, lang });
  pages[`/floor-${i}.html`] = hostPage('/floor.js', page(cell.floor.map(floor).join('')), { lang });
}

// Runs in the page before any of its scripts: when every widget (or floor) of the page shows content.
function instrument(expected) {
  const bench = (window.__bench = { shifts: [], longTasks: [], shown: new Set(), rendered: undefined });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.shifts.push({ at: shift.startTime, value: shift.value });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push(task.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Content is shown at the frame after its render (ours and the floor's alike): the layout shift of that
  // frame is the content arriving, not a shift after it.
  const done = (element) => {
    bench.shown.add(element);
    if (bench.shown.size !== expected || bench.rendered !== undefined) return;
    bench.rendered = null;
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.rendered = performance.now();
        // Where the visit's main-thread CPU time stops being counted (mainThreadCpu below).
        performance.mark('fl-bench-shown');
      }),
    );
  };
  document.addEventListener('floor-rendered', (event) => done(event.target), true);
  document.addEventListener(
    'fl-content-load',
    async (event) => {
      // The element asks for its update right after the event: wait for that update, not the one before.
      await Promise.resolve();
      await event.target.updateComplete;
      // A piece of the first screen still on its way ("Loading…", see pieceLoading(); not the ones inside
      // closed disclosures or hidden): not shown yet. Read from the DOM alone: asking the browser whether
      // it is visible would lay the page out inside the content's task, which then looks longer than it is.
      const hidden = (node) => {
        for (let child = undefined, parent = node; parent; child = parent, parent = parent.parentNode ?? parent.host) {
          if (parent.nodeType !== 1) continue;
          if (parent.hasAttribute('hidden') || (parent.localName === 'details' && !parent.open && child?.localName !== 'summary')) return true;
        }
        return false;
      };
      const waiting = () => [...event.target.shadowRoot.querySelectorAll('.fl-piece-loading')].some((node) => !hidden(node));
      while (waiting()) await new Promise((resolve) => setTimeout(resolve, 10));
      done(event.target);
    },
    true,
  );
}

// The visit's CPU time on the page's main thread, from a trace of top-level tasks: wall times on a shared
// machine move with its load; the thread's own clock (`tdur`) does not count the time the thread waited for
// a core. It does count the 4x throttle's own work (5 to 7 times the x1 figure on the project's machine):
// compare it within one CPU rate.
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/** Milliseconds of main-thread CPU time of the traced page's tasks that start between navigation and the content's frame. */
function mainThreadCpu(events) {
  const shown = events.find((event) => event.name === 'fl-bench-shown');
  if (!shown) return NaN;
  const main = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === shown.pid && event.args?.name === 'CrRendererMain',
  );
  const start = events.find((event) => event.name === 'navigationStart' && event.pid === shown.pid)?.ts ?? 0;
  // Top-level events only (a task, a microtask checkpoint between tasks, a message received): the events
  // nested in them are counted with them.
  const tasks = events
    .filter((event) => event.ph === 'X' && event.pid === shown.pid && event.tid === main?.tid && event.ts >= start && event.ts <= shown.ts)
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = 0;
  for (const task of tasks) {
    if (task.ts < end) continue;
    total += task.tdur ?? task.dur;
    end = task.ts + task.dur;
  }
  return total / 1000;
}

async function visit(context, server, path, expected, rate) {
  const tab = await context.newPage();
  await tab.setViewport({ width: 412, height: 900 });
  const session = await tab.createCDPSession();
  if (rate > 1) await session.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) await session.send('Network.emulateNetworkConditions', network);
  await tab.evaluateOnNewDocument(instrument, expected);
  await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await tab.goto(`${server.origin}${path}`);
  await tab.waitForFunction(() => typeof window.__bench.rendered === 'number', { timeout: 60000 });
  const cpu = mainThreadCpu(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents);
  // What runs after the first render (the manifest check, a re-render, storing the copy) counts too.
  await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(rate, 2)));
  const result = await tab.evaluate(() => {
    const b = window.__bench;
    return {
      rendered: b.rendered,
      longestTask: Math.max(0, ...b.longTasks),
      longTasks: b.longTasks.length,
      clsAfter: b.shifts.filter((s) => s.at > b.rendered).reduce((sum, s) => sum + s.value, 0),
      cls: b.shifts.reduce((sum, s) => sum + s.value, 0),
    };
  });
  await tab.close();
  return { ...result, cpu };
}

const server = await serveDist({ pages, gzip: Boolean(network) });
const browser = await launchChromium();
const load = [loadavg()[0]];
const results = {};
const key = (cell, rate, kind, variant) => `${cell}|${rate}|${kind}|${variant}`;
try {
  // One warm-up round, not counted (it also warms the server and the disk cache).
  for (let run = -1; run < runs; run += 1) {
    for (const rate of rates) {
      for (const [i, cell] of CELLS.entries()) {
        // Alternate which goes first, so neither always meets the same moment of the machine's load.
        const variants = run % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
        for (const variant of variants) {
          const path = variant === 'ours' ? `/cell-${i}.html` : `/floor-${i}.html`;
          const expected = variant === 'ours' ? cell.tags.length : cell.floor.length;
          const context = await browser.createBrowserContext();
          const visits = [];
          for (const kind of KINDS) visits.push([kind, await visit(context, server, path, expected, rate)]);
          await context.close();
          if (run < 0) continue;
          for (const [kind, result] of visits) (results[key(cell.name, rate, kind, variant)] ??= []).push(result);
        }
      }
    }
  }
} finally {
  load.push(loadavg()[0]);
  await browser.close();
  await server.close();
}

const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '-');
const rows = [];
console.log(
  `\nstartup of the built widgets (through the loader unless the page names an element file), beside a minimal Lit list of the same dataset (the floor); ${runs} interleaved runs per cell, ` +
    `viewport 412x900, machine load average ${load.map((x) => x.toFixed(1)).join(' -> ')} (${cpus().length} cores)${reserve ? `, host reserves ${reserve}` : ''}` +
    (network ? `, network ${kbps} kbps with ${rtt} ms round trips, files gzipped` : ', no network delay') +
    (lang === 'en' ? '' : `, pages in lang="${lang}"`) +
    (noIntl ? "; WHAT-IF --no-intl: Intl replaced by stand-ins in the widgets' pages (not the product)" : ''),
);
console.log(
  'page | CPU | visit | navigation -> content ms, ours / floor (medians) | ratio | main-thread CPU ms until then, ours / floor (medians) | ratio | longest task ms, ours (median / max) / floor (max) | runs with a task >= 50 ms, ours / floor | layout shift after content (max)',
);
for (const cell of CELLS) {
  for (const rate of rates) {
    for (const kind of KINDS) {
      const ours = results[key(cell.name, rate, kind, 'ours')];
      const base = results[key(cell.name, rate, kind, 'floor')];
      const row = {
        page: cell.name,
        cpu: rate,
        visit: kind,
        oursMs: median(ours.map((r) => r.rendered)),
        floorMs: median(base.map((r) => r.rendered)),
        oursCpuMs: median(ours.map((r) => r.cpu)),
        floorCpuMs: median(base.map((r) => r.cpu)),
        longestTaskMs: { median: median(ours.map((r) => r.longestTask)), max: Math.max(...ours.map((r) => r.longestTask)) },
        floorLongestTaskMs: Math.max(...base.map((r) => r.longestTask)),
        runsWithLongTask: ours.filter((r) => r.longTasks > 0).length,
        floorRunsWithLongTask: base.filter((r) => r.longTasks > 0).length,
        clsAfterMax: Math.max(...ours.map((r) => r.clsAfter)),
      };
      row.ratio = row.oursMs / row.floorMs;
      row.cpuRatio = row.oursCpuMs / row.floorCpuMs;
      rows.push(row);
      console.log(
        [
          row.page,
          `x${rate}`,
          kind,
          `${ms(row.oursMs)} / ${ms(row.floorMs)}`,
          `${row.ratio.toFixed(2)}x`,
          `${ms(row.oursCpuMs)} / ${ms(row.floorCpuMs)}`,
          `${row.cpuRatio.toFixed(2)}x`,
          `${ms(row.longestTaskMs.median)} / ${ms(row.longestTaskMs.max)} / ${ms(row.floorLongestTaskMs)}`,
          `${row.runsWithLongTask} of ${ours.length} / ${row.floorRunsWithLongTask} of ${base.length}`,
          row.clsAfterMax.toFixed(3),
        ].join(' | '),
      );
    }
  }
}
mkdirSync(join(root, 'bench'), { recursive: true });
const out = join(root, 'bench/startup.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), runs, rates, network: network ?? null, lang, noIntl, now: NOW, loadAverage: load, rows, results }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
