// A test runner command that answers the page's geolocation requests through Chromium itself, so tests
// go through the real browser API and permission: `executeServerCommand('set-geolocation', { latitude,
// longitude })` grants the permission and sets the position; `{ deny: true }` refuses the permission;
// `null` clears both.
import { pageCommand } from './page-command.mjs';

export function geolocationPlugin() {
  return pageCommand('set-geolocation', async (page, position) => {
    const context = page.browserContext();
    const origin = new URL(page.url()).origin;
    await context.clearPermissionOverrides();
    if (!position) return;
    if (position.deny) {
      // Every permission not listed is denied.
      await context.overridePermissions(origin, []);
      return;
    }
    await context.overridePermissions(origin, ['geolocation']);
    await page.setGeolocation({ latitude: position.latitude, longitude: position.longitude, accuracy: position.accuracy ?? 50 });
  });
}
