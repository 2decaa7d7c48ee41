import { VERSION } from './version.js';

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/**
 * Registers `tag` unless it is already taken. Two copies of the library on one page (two embeds, two
 * versions) must not break the page: the first definition wins and a console warning names both versions.
 * Does nothing where there is no custom element registry (SSR, Node).
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `frontline-widgets ${ctor.version ?? VERSION}: <${tag}> is already defined ` +
          `by frontline-widgets ${existing.version ?? 'of an unknown version'}; the first definition is kept.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
