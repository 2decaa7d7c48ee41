/**
 * Which languages an element should use, read from the page. The order, most specific first:
 * the reader's choice in a language picker, the element's own `lang`, the nearest ancestor's `lang`
 * (through shadow roots: a part inside a widget follows the widget), the browser's languages, English.
 */
import { readerLanguage } from './choice.js';

/** The parent of a node, or the host of the shadow root it is the root child of. */
function parentOrHost(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot) return parent.host;
  return parent;
}

/** The nearest non-empty `lang` above `node`, crossing shadow roots; undefined when none. */
function inheritedLang(node: Node): string | undefined {
  for (let current = parentOrHost(node); current; current = parentOrHost(current)) {
    if (current.nodeType === 1) {
      const lang = (current as Element).getAttribute('lang');
      if (lang) return lang;
    }
  }
  return undefined;
}

/** The browser's language list (`navigator.languages`), or an empty list. */
function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  if (nav.languages?.length) return nav.languages;
  return nav.language ? [nav.language] : [];
}

/**
 * The reader's languages for an element, best first: `[choice]`, `[ownLang]`, `[ancestor's lang]`, the
 * browser's list, or `['en']`. `ownLang` is the `lang` the page gave the element (not one the element
 * wrote on itself).
 */
export function requestedLanguages(element: Node, ownLang: string | undefined): readonly string[] {
  const chosen = readerLanguage();
  if (chosen) return [chosen];
  if (ownLang) return [ownLang];
  const inherited = inheritedLang(element);
  if (inherited) return [inherited];
  const browser = browserLanguages();
  return browser.length ? browser : ['en'];
}
