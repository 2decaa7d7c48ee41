// Runs every test (test/**/*.test.ts) in real Chromium. Browsers cannot be downloaded by npm here, so
// this finds an installed one: CHROME_PATH, then the usual system paths.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { cliPlugin } from './test/support/cli-plugin.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { testRoutes } from './test/support/routes.mjs';
import { timezonePlugin } from './test/support/timezone-plugin.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';
import { refuseRequestsPlugin } from './test/support/refuse-requests-plugin.mjs';
import { manifestPlugin } from './test/support/manifest-plugin.mjs';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';

let executablePath;
try {
  executablePath = requireChromium();
} catch (error) {
  console.error(`${error.message}\nThen run npm test again.`);
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
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  middleware: testRoutes,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    timezonePlugin(),
    cliPlugin(),
    geolocationPlugin(),
    refuseRequestsPlugin(),
    manifestPlugin(),
    a11ySnapshotPlugin(),
  ],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
