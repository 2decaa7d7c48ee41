// A test runner command that answers the page's geolocation requests through Chromium itself, so tests
// go through the real browser API and permission: `executeServerCommand('set-geolocation', { latitude,
// longitude })` grants the permission and sets the position; `{ deny: true }` refuses the permission;
// `null` clears both.
export function geolocationPlugin() {
  return {
    name: 'frontline-set-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation') return undefined;
      const page = pageOf(session, command);
      const context = page.browserContext();
      const origin = new URL(page.url()).origin;
      await context.clearPermissionOverrides();
      if (!payload) return true;
      if (payload.deny) {
        // Every permission not listed is denied.
        await context.overridePermissions(origin, []);
        return true;
      }
      await context.overridePermissions(origin, ['geolocation']);
      await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude, accuracy: payload.accuracy ?? 50 });
      return true;
    },
  };
}

/** The puppeteer page of a test session (the Chrome launcher's). */
export function pageOf(session, command) {
  if (typeof session.browser.getPage !== 'function') throw new Error(`${command} is not supported by the ${session.browser.name} launcher`);
  return session.browser.getPage(session.id);
}
