// Runs every test (test/**/*.test.ts) in real Chromium. Browsers cannot be downloaded by npm here, so
// this finds an installed one: CHROME_PATH, then the usual system paths.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { cliPlugin } from './test/support/cli-plugin.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { testRoutes } from './test/support/routes.mjs';
import { timezonePlugin } from './test/support/timezone-plugin.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const executablePath = candidates.find((path) => existsSync(path));
if (!executablePath) {
  console.error(
    [
      'No Chromium or Chrome found for the browser tests. Looked at:',
      ...candidates.map((path) => `  ${path}`),
      'Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  macOS:          brew install --cask chromium (or install Google Chrome)',
      'or point CHROME_PATH at a Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      // Each test page in a browser context (a window) of its own: with two pages as tabs of one window,
      // the background tab gets no requestAnimationFrame and tests that wait for a frame (fixture() of a
      // plain element, axe, floating-ui) time out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  middleware: testRoutes,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), timezonePlugin(), cliPlugin(), geolocationPlugin()],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
