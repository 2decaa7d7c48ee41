/**
 * The reader's own language choice (made in a widget's language picker) and the page-wide signals that
 * can change an element's language: that choice, a `lang` attribute changing anywhere in the document,
 * and the browser's language list changing. Applies to every widget on the page, including those of
 * another copy or version of the library (they talk through one window event and one storage key).
 *
 * The choice lives in sessionStorage: it follows the reader from page to page on the host's site, and is
 * gone when the tab closes, so the next person at a shared computer (a library, a CPAS desk) does not
 * inherit it and nothing about the reader's language stays on the device.
 */

const STORAGE_KEY = 'frontline-widgets:language';
const SYNC_EVENT = 'frontline-widgets:language';

let choice: string | undefined;
let choiceRead = false;
const listeners = new Set<() => void>();
let teardown: (() => void) | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // Sandboxed iframes and strict privacy settings throw on access.
  }
}

/** The language the reader picked in a widget during this visit, or undefined. */
export function readerLanguage(): string | undefined {
  if (!choiceRead) {
    choiceRead = true;
    try {
      choice = storage()?.getItem(STORAGE_KEY) ?? undefined;
    } catch {
      choice = undefined;
    }
  }
  return choice;
}

/**
 * Records the reader's choice (`undefined` forgets it) and tells every widget on the page, this copy's
 * and any other's.
 */
export function setReaderLanguage(tag: string | undefined): void {
  apply(tag);
  try {
    if (tag) storage()?.setItem(STORAGE_KEY, tag);
    else storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or refused: the choice still holds for this page.
  }
  globalThis.dispatchEvent?.(new CustomEvent(SYNC_EVENT, { detail: { language: tag ?? null } }));
}

function apply(tag: string | undefined): void {
  choiceRead = true;
  if (tag === choice) return;
  choice = tag;
  notify();
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/**
 * Calls `listener` whenever an element's language may have changed: the reader's choice, a `lang`
 * attribute in the document, or the browser's languages. Returns the function that unsubscribes.
 * The page-wide listeners exist only while someone subscribes.
 */
export function onLanguageSignal(listener: () => void): () => void {
  listeners.add(listener);
  if (!teardown) teardown = listen();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && teardown) {
      teardown();
      teardown = undefined;
    }
  };
}

function listen(): () => void {
  const onSync = (event: Event) => {
    const language = (event as CustomEvent<{ language: string | null }>).detail?.language;
    apply(typeof language === 'string' && language ? language : undefined);
  };
  const win = typeof window === 'undefined' ? undefined : window;
  win?.addEventListener(SYNC_EVENT, onSync);
  win?.addEventListener('languagechange', notify);
  // A single-page host may switch <html lang> (or any lang) without a reload.
  let observer: MutationObserver | undefined;
  if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    win?.removeEventListener(SYNC_EVENT, onSync);
    win?.removeEventListener('languagechange', notify);
    observer?.disconnect();
  };
}
