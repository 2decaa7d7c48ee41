// What Intl's first use costs in a fresh page of headless Chromium, piece by piece: the warm-up's own pieces
// (src/i18n/warm-up.ts, `warmUpPieces`, bundled from the sources), in their order and in two others, at
// normal CPU and slowed 4x. Why: every widget formats dates or numbers in its first render of content and
// the floor of scripts/bench/startup.mjs formats nothing, so this is a cost the widgets pay and the floor
// does not; and it shows how small the warm-up's pieces can get (the first Intl service used carries one
// block of work that no order splits: the third order puts an `Intl.Segmenter`, which the widgets do not
// use, where the collator was).
//   node scripts/bench/intl-first-use.mjs [--runs 9] [--cpu 1,4] [--locale ar]
/* global performance -- in runPieces, which runs in the page */
import { build } from 'esbuild';
import { launchChromium, root, serveDist } from '../dist-server.mjs';
import { median, option } from './cli.mjs';

const runs = Number(option('runs', 9));
const rates = option('cpu', '1,4').split(',').map(Number);
const locale = option('locale', 'en');

// The warm-up's pieces by name, in its order, then the Segmenter; `window.intlPieces(locale)` in the page.
const NAMES = ['locale', 'collator', 'number', 'dates', 'clock+weekday', 'list+zones', 'clock parts+language', 'segmenter'];
const script = (
  await build({
    stdin: {
      contents: `import { warmUpPieces } from './src/i18n/warm-up.ts';
        window.intlPieces = (locale) => [...warmUpPieces(locale), () => new Intl.Segmenter(locale)];`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
  })
).outputFiles[0].text;

// Each order is a list of piece names; each piece runs in a task of its own.
const ORDERS = [
  NAMES.slice(0, 7),
  ['dates', 'clock+weekday', 'list+zones', 'clock parts+language', 'locale', 'collator', 'number'],
  ['locale', 'segmenter', 'collator', 'number', 'dates'],
];

async function runPieces(order, locale) {
  const pieces = Object.fromEntries(window.intlPieces(locale).map((piece, i) => [order.names[i], piece]));
  const out = [];
  for (const name of order.run) {
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    pieces[name]();
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
try {
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
        const times = await tab.evaluate(runPieces, { names: NAMES, run: order }, locale);
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
