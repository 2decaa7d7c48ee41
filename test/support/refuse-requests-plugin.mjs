// A test runner command that makes requests of the test page fail in Chromium itself (DevTools' Fetch
// domain), as on a device that lost its connection after the page loaded: `executeServerCommand(
// 'refuse-requests', '*/fl-walkin-schedule/week.*')` fails every request whose URL matches the pattern
// (`*` any characters, `?` one) with "internet disconnected", the browser's cache off so none is answered
// from it; `null` lets them through again. Only the session's own page is affected, and the test runner's
// own connection to the page goes on working (emulating the whole page offline would cut it).
import { pageCommand } from './page-command.mjs';

const sessions = new WeakMap();

export function refuseRequestsPlugin() {
  return pageCommand('refuse-requests', async (page, pattern) => {
    let cdp = sessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      cdp.on('Fetch.requestPaused', ({ requestId }) =>
        cdp.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => {}),
      );
      sessions.set(page, cdp);
    }
    if (pattern) {
      await page.setCacheEnabled(false);
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: String(pattern), requestStage: 'Request' }] });
    } else {
      await cdp.send('Fetch.disable');
      await page.setCacheEnabled(true);
    }
  });
}
