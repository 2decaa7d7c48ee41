/**
 * The @lit/localize set-up. Interface strings are written `msg('...', { id: 'area.key' })` in English;
 * `lit-localize build` turns locales/<locale>.xlf into src/generated/locales/<locale>.ts (runtime mode),
 * and each of those modules is loaded only when some element first needs that language.
 *
 * Runtime mode normally has one language for the whole page. Here each element renders in its own
 * language (a Dutch page may hold one widget with `lang="ar"`), so msg() is configured in
 * @lit/localize's re-entrant form: it asks {@link activeLocale} which language is rendering now, and the
 * base element sets that around its update (see {@link renderInLocale}). The translations, the XLIFF
 * files and the generated modules are the same as in plain runtime mode.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { negotiateLocale } from './negotiate.js';
import { requestedLanguages } from './resolve.js';

export { allLocales, sourceLocale, targetLocales };

/** A language the interface is translated into (`en`, `nl`, `fr`, `de`, `ar`). */
export type Locale = (typeof allLocales)[number];
/** A translated language, one with a generated module. */
type TargetLocale = (typeof targetLocales)[number];

/**
 * One loader per translated language. Static import() calls (not a template string) so every bundler
 * splits each language into its own chunk. Adding a locale to lit-localize.json without a line here is a
 * type error.
 */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  fr: () => import('../generated/locales/fr.js'),
  nl: () => import('../generated/locales/nl.js'),
};

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();

/** The interface language for a list of requested tags (`['fr-BE', 'nl']` -> `fr`), English when none fits. */
export function negotiate(requested: readonly (string | null | undefined)[]): Locale {
  return negotiateLocale(requested, allLocales, sourceLocale);
}

/** True once msg() can render `locale` (always for English). */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/**
 * Loads the translations of `locale` once (a dynamic import); later calls share the same promise.
 * A failed load (offline, blocked chunk) is forgotten so that a later call tries again; meanwhile msg()
 * shows English.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as TargetLocale]().then(
      (module) => {
        loaded.set(locale, module);
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

const rendering: Locale[] = [];

/**
 * Runs `render` with msg() answering in `locale`. The base element wraps each update in it; nested calls
 * (an element updated while another renders) restore the outer language when they end.
 */
export function renderInLocale<T>(locale: Locale, render: () => T): T {
  rendering.push(locale);
  try {
    return render();
  } finally {
    rendering.pop();
  }
}

/**
 * The language msg() answers in now: the rendering element's; outside any update (an event handler), the
 * page's: the reader's choice, else `<html lang>`, else the browser's languages. Wrap msg() calls made
 * outside render in the element's `inLocale()` to get the element's language.
 */
export function activeLocale(): Locale {
  const current = rendering.at(-1);
  if (current) return current;
  if (typeof document === 'undefined') return sourceLocale;
  const root = document.documentElement;
  return negotiate(requestedLanguages(root, root.getAttribute('lang') || undefined));
}

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: activeLocale,
    loadLocaleSync: (locale) => loaded.get(locale),
  });
} catch (error) {
  // Another script on the page configured this same copy of @lit/localize first (an app build that
  // shares it). msg() then follows that script's language; ours cannot change it.
  console.warn('frontline-widgets: @lit/localize was already configured on this page; widgets follow its language.', error);
}
