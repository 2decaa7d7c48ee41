/* global InputEvent -- in functions that run in the page */
// npm run bench (fourth part): what a reader waits for after acting, on a slow connection. What an element
// needs only once a reader acts loads then (docs/performance.md): this measures how long that takes, from
// the reader's action to the piece on screen, in headless Chromium with the BUILT widgets through the loader
// and the built example content. The page has shown its content and the network is quiet before the action.
// - the service finder: opening the first card's "More about this service" (a click), until its details
//   show (the card-details chunk and what it imports);
// - the reintegration cards: choosing Brazil in the country field (pasted, then Enter on its option),
//   until its programme cards show (the cards chunk and what it imports).
// Each action on a fresh visit (nothing cached), `--runs` times; medians, with the chunks asked for after
// the action and when (ms after it). `--network 400:150` (the default): 400 kbps each way and a 150 ms
// round trip (CDP Network.emulateNetworkConditions), files gzipped as a CDN sends them.
//   node scripts/bench/lazy-pieces.mjs [--runs 7] [--network kbps:rtt] [--no-build]
import { hostPage, launchChromium, serveDist } from '../dist-server.mjs';
import { median, networkOption, option, requireBuild } from './cli.mjs';

const runs = Number(option('runs', 7));
const { kbps, rtt, conditions } = networkOption('400:150');
requireBuild();

const NOW = '2026-11-25T10:30:00+01:00';
const ACTIONS = [
  {
    name: "service finder: a card's details",
    tag: 'fl-service-finder',
    async act(tab, frame) {
      const summary = await frame.waitForSelector('pierce/[part~="card-details-summary"]');
      const at = Date.now();
      await summary.click();
      return at;
    },
    shown: () => {
      const content = document.querySelector('fl-service-finder')?.shadowRoot?.querySelector('[part~="card-details-content"]');
      return Boolean(content && content.childElementCount > 0 && !content.querySelector('.fl-piece-loading'));
    },
  },
  {
    name: "reintegration cards: a country's programmes",
    tag: 'fl-reintegration-cards',
    async act(tab, frame) {
      const input = await frame.waitForSelector('pierce/[part~="combobox-input"]');
      await input.click();
      // Pasted, the quickest a reader can be (typed, the chunks load while the reader types).
      const at = Date.now();
      await input.evaluate((field) => {
        field.value = 'Brazil';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      });
      // (waitForSelector would not see an option added inside the shadow root later.)
      await tab.waitForFunction(() => document.querySelector('fl-reintegration-cards')?.shadowRoot?.querySelector('[part~="combobox-option"]'));
      await tab.keyboard.press('ArrowDown');
      await tab.keyboard.press('Enter');
      return at;
    },
    shown: () => Boolean(document.querySelector('fl-reintegration-cards')?.shadowRoot?.querySelector('[part~="card"]')),
  },
];

const pages = {};
for (const [i, action] of ACTIONS.entries()) {
  pages[`/action-${i}.html`] = hostPage('/dist/frontline-widgets.js', `<${action.tag} content-base="/dist/content/" now="${NOW}"></${action.tag}>`);
}
const server = await serveDist({ pages, gzip: true });
const browser = await launchChromium();
const results = ACTIONS.map(() => ({ times: [], asked: [] }));
try {
  for (let run = 0; run < runs; run += 1) {
    for (const [i, action] of ACTIONS.entries()) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 412, height: 900 });
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions);
      await tab.evaluateOnNewDocument(() => {
        window.__shown = false;
        document.addEventListener('fl-content-load', () => (window.__shown = true), true);
      });
      const requests = [];
      tab.on('request', (request) => requests.push({ url: new URL(request.url()).pathname, at: Date.now() }));
      await tab.goto(`${server.origin}/action-${i}.html`);
      await tab.waitForFunction(() => window.__shown, { timeout: 120_000 });
      await tab.waitForNetworkIdle({ idleTime: 1000, timeout: 120_000 });
      const start = await action.act(tab, tab.mainFrame());
      await tab.waitForFunction(action.shown, { timeout: 60_000, polling: 10 });
      results[i].times.push(Date.now() - start);
      results[i].asked.push(
        requests
          .filter((request) => request.at >= start && request.url.startsWith('/dist/chunks/'))
          .map((request) => `${request.url.replace(/^\/dist\/chunks\/|-[\w-]{8}\.js$/g, '')} +${request.at - start}`),
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nfrom a reader's action to the piece on screen, ${kbps} kbps, ${rtt} ms round trip, ${runs} fresh visits each (ms)`);
console.log('action | median | min | max | chunks asked for after the action, ms after it (last run)');
for (const [i, action] of ACTIONS.entries()) {
  const { times, asked } = results[i];
  console.log(`${action.name} | ${median(times)} | ${Math.min(...times)} | ${Math.max(...times)} | ${asked.at(-1).join(', ') || 'none'}`);
}
