/** A stand-in for a Lit element, for controller tests: it counts the renders asked for and keeps the controllers added. */
export function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as unknown[],
    addController: (controller: unknown) => {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate: () => {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}
