// What Intl's first use costs in a fresh page of headless Chromium, piece by piece: the warm-up's own pieces
// (src/i18n/warm-up.ts, `warmUpPieces`, bundled from the sources), at normal CPU and slowed 4x, in four
// orders: the warm-up's; the same after the likely-subtags data alone (`Intl.Locale#maximize`, the
// warm-up's first piece until 2026-12-07); its first three after an `Intl.Segmenter`, which the widgets
// do not use; and the warm-up's after the worker that loads Intl's data off the main thread
// (src/i18n/off-thread.ts; its figure is the time the page waited for it, not main-thread work). Why:
// every widget formats dates or numbers in its first render of content and the floor of
// scripts/bench/startup.mjs formats nothing, so this is a cost the widgets pay and the floor does not; and
// it shows how small the pieces can get (the first Intl service used carries one block of work that no
// order splits) and what each kind of formatting costs once Intl is set up.
//   node scripts/bench/intl-first-use.mjs [--runs 9] [--cpu 1,4] [--locale ar]
/* global performance -- in runPieces, which runs in the page */
import { build } from 'esbuild';
import { launchChromium, root, serveDist } from '../dist-server.mjs';
import { median, option } from './cli.mjs';

const runs = Number(option('runs', 9));
const rates = option('cpu', '1,4').split(',').map(Number);
const locale = option('locale', 'en');

// The warm-up's pieces by name (src/i18n/warm-up.ts, `ALL_FORMATTING`), plus three the warm-up does not run
// as pieces: `locale` (the likely-subtags data alone, the warm-up's first piece until 2026-12-07),
// `segmenter` (a service the widgets do not use) and `worker` (src/i18n/off-thread.ts, which the warm-up
// waits for); `window.intlPieces(locale)` in the page.
const script = (
  await build({
    stdin: {
      contents: `import { ALL_FORMATTING, warmUpPieces } from './src/i18n/warm-up.ts';
        import { warmUpOffThread } from './src/i18n/off-thread.ts';
        window.intlNames = [...ALL_FORMATTING];
        window.intlPieces = (locale) => ({
          ...Object.fromEntries(ALL_FORMATTING.map((name) => [name, warmUpPieces(locale, [name]).at(-1)])),
          locale: () => new Intl.Locale(locale).maximize(),
          segmenter: () => new Intl.Segmenter(locale),
          worker: () => warmUpOffThread(locale),
        });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
  })
).outputFiles[0].text;

// Each order is a list of piece names; each piece runs in a task of its own: the warm-up's order; the same
// after the likely-subtags data alone; its first three after a segmenter; the warm-up's after the worker.
const orders = (names) => [names, ['locale', ...names], ['segmenter', ...names.slice(0, 3)], ['worker', ...names]];

async function runPieces(order, locale) {
  const pieces = window.intlPieces(locale);
  const out = [];
  for (const name of order) {
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    // The worker's piece resolves when the worker has answered; the others return at once.
    await pieces[name]();
    out.push(performance.now() - start);
  }
  return out;
}

const server = await serveDist({
  pages: {
    '/blank.html': '<!doctype html><title>blank</title><script type="module" src="/pieces.js"></script><p>A page.</p>',
    '/pieces.js': { html: script, type: 'text/javascript' },
  },
});
const browser = await launchChromium();
const results = {};
let ORDERS = [];
try {
  const names = await (async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/blank.html`);
    await tab.waitForFunction(() => Array.isArray(window.intlNames));
    const found = await tab.evaluate(() => window.intlNames);
    await tab.close();
    return found;
  })();
  ORDERS = orders(names);
  for (let run = 0; run < runs; run += 1) {
    for (const rate of rates) {
      for (const [i, order] of ORDERS.entries()) {
        // A browser context of its own, as a reader's first page of a site: nothing of Intl is set up yet.
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        const session = await tab.createCDPSession();
        if (rate > 1) await session.send('Emulation.setCPUThrottlingRate', { rate });
        await tab.goto(`${server.origin}/blank.html`);
        await tab.waitForFunction(() => typeof window.intlPieces === 'function');
        const times = await tab.evaluate(runPieces, order, locale);
        await context.close();
        times.forEach((ms, j) => (results[`${rate}|${i}`] ??= order.map(() => []))[j].push(ms));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Intl's first use in a fresh page, locale ${locale}, ${runs} runs, medians in ms (each piece a task of its own)`);
for (const rate of rates) {
  for (const [i, order] of ORDERS.entries()) {
    const medians = results[`${rate}|${i}`].map(median);
    const total = medians.reduce((sum, ms) => sum + ms, 0);
    console.log(`x${rate} | ${order.map((name, j) => `${name} ${medians[j].toFixed(1)}`).join(' | ')} | sum ${total.toFixed(1)}`);
  }
}
