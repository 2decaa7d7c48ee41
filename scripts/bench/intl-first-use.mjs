// What Intl's first use costs in a fresh page of headless Chromium, piece by piece, in the order of the
// warm-up's first pieces (src/i18n/warm-up.ts), at normal CPU and slowed 4x. Why: every widget formats
// dates or numbers in its first render of content and the floor of scripts/bench/startup.mjs formats
// nothing, so this is a cost the widgets pay and the floor does not; and it shows how small the warm-up's
// pieces can get (the first service of Intl to be used carries one block of work that no order splits).
//   node scripts/bench/intl-first-use.mjs [--runs 9] [--cpu 1,4] [--locale ar]
/* global performance -- in runPieces, which runs in the page */
import { launchChromium, serveDist } from '../dist-server.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : fallback;
};
const runs = Number(option('runs', 9));
const rates = option('cpu', '1,4').split(',').map(Number);
const locale = option('locale', 'en');

// Each order is a list of piece names (below, in the page); each piece runs in a task of its own.
const ORDERS = [
  ['locale', 'collator', 'number', 'date', 'clock', 'list'],
  ['date', 'clock', 'list', 'locale', 'collator', 'number'],
  ['locale', 'segmenter', 'collator', 'number', 'date'],
];

function runPieces(order, locale) {
  const tag = `${locale === 'en' ? 'en-GB' : locale}-u-nu-latn`;
  const at = new Date(0);
  const pieces = {
    locale: () => new Intl.Locale(locale).maximize(),
    collator: () => new Intl.Collator(locale).compare('a', 'b'),
    number: () => new Intl.NumberFormat(tag).format(0),
    date: () => new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long' }).format(at),
    clock: () =>
      new Intl.DateTimeFormat(tag, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRange(at, new Date(3.6e6)),
    list: () => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }).format(['a', 'b']),
    segmenter: () => new Intl.Segmenter(locale),
  };
  return (async () => {
    const out = [];
    for (const name of order) {
      await new Promise((resolve) => setTimeout(resolve));
      const start = performance.now();
      pieces[name]();
      out.push(performance.now() - start);
    }
    return out;
  })();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await serveDist({ pages: { '/blank.html': '<!doctype html><title>blank</title><p>A page.</p>' } });
const browser = await launchChromium();
const results = new Map();
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
        const times = await tab.evaluate(runPieces, order, locale);
        await context.close();
        const key = `${rate}|${i}`;
        if (!results.has(key))
          results.set(
            key,
            order.map(() => []),
          );
        times.forEach((ms, j) => results.get(key)[j].push(ms));
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
    const medians = results.get(`${rate}|${i}`).map(median);
    const total = medians.reduce((sum, ms) => sum + ms, 0);
    console.log(`x${rate} | ${order.map((name, j) => `${name} ${medians[j].toFixed(1)}`).join(' | ')} | sum ${total.toFixed(1)}`);
  }
}
