// A test runner command that changes the browser's own time zone for the page under test, so tests can
// show that results do not depend on it: `executeServerCommand('set-timezone', 'America/New_York')`;
// `executeServerCommand('set-timezone', null)` restores the machine's zone.
import { pageCommand } from './page-command.mjs';

export function timezonePlugin() {
  return pageCommand('set-timezone', (page, zone) => page.emulateTimezone(zone ?? undefined));
}
