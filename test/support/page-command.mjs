// A test runner plugin of one command that acts on the test page through Chromium itself (the Chrome
// launcher's puppeteer page): `pageCommand('set-timezone', (page, payload) => ...)` answers
// `executeServerCommand('set-timezone', payload)` from the page's tests with `true` once `run` is done.
export function pageCommand(command, run) {
  return {
    name: `frontline-${command}`,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      if (typeof session.browser.getPage !== 'function') throw new Error(`${command} is not supported by the ${session.browser.name} launcher`);
      await run(session.browser.getPage(session.id), payload);
      return true;
    },
  };
}
