// Where Chromium is and how it starts, for every script that drives it (tests, story checks, dist
// checks, benchmarks). npm cannot download browsers here, so an installed one is used.
import { existsSync } from 'node:fs';

/** Places a Chromium or Chrome may be, CHROME_PATH first. */
const CHROMIUM_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/** Launch flags: no sandbox (root in CI), and no background calls to Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The first installed candidate, or undefined. */
function findChromium() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** The installed Chromium, or an error that says how to get one. */
export function requireChromium() {
  const path = findChromium();
  if (path) return path;
  throw new Error(
    [
      'No Chromium or Chrome found. Looked at:',
      ...CHROMIUM_CANDIDATES.map((candidate) => `  ${candidate}`),
      'Install one:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  macOS:          brew install --cask chromium (or install Google Chrome)',
      'or point CHROME_PATH at a Chrome/Chromium binary.',
    ].join('\n'),
  );
}

/** Headless Chromium through puppeteer-core, with CHROMIUM_ARGS and `extraArgs`. */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
