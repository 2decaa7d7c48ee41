// A test runner command that changes the browser's own time zone for the page under test, so tests can
// show that results do not depend on it: `executeServerCommand('set-timezone', 'America/New_York')`;
// `executeServerCommand('set-timezone', null)` restores the machine's zone.
export function timezonePlugin() {
  return {
    name: 'frontline-set-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-timezone') return undefined;
      if (typeof session.browser.getPage !== 'function') {
        throw new Error(`set-timezone is not supported by the ${session.browser.name} launcher`);
      }
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload ?? undefined);
      return true;
    },
  };
}
