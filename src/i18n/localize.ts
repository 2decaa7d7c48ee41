/**
 * The @lit/localize set-up. Interface strings are written `msg('...', { id: 'namespace.key' })` in English;
 * `npm run localize:build` turns locales/<locale>.xlf into one module per language and namespace
 * (src/generated/locales/<locale>/<namespace>.ts: `lit-localize build` in runtime mode, then
 * scripts/split-locales.mjs). An element names its namespace (`static translations = ['walkin']`); the
 * shared strings (`content.*`, `parts.*`, `common.*`) load with the first element of a language, each
 * element's own when that element first renders in it. A page with one widget in Arabic downloads that
 * widget's Arabic strings, not every widget's.
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
import { localeLoaders } from '../generated/locale-loaders.js';
import { negotiateLocale } from './negotiate.js';
import { requestedLanguages } from './resolve.js';

export { allLocales, sourceLocale, targetLocales };

/** A language the interface is translated into (`en`, `nl`, `fr`, `de`, `ar`). */
export type Locale = (typeof allLocales)[number];
/** The strings of one language, merged from the namespaces loaded so far (msg() reads them). */
const loaded = new Map<string, { templates: Record<string, LocaleModule['templates'][string]> }>();
/** `<locale>/<namespace>` loaded, or on its way. */
const loading = new Map<string, Promise<void>>();
const done = new Set<string>();

const SHARED = 'common';

/** The interface language for a list of requested tags (`['fr-BE', 'nl']` -> `fr`), English when none fits. */
export function negotiate(requested: readonly (string | null | undefined)[]): Locale {
  return negotiateLocale(requested, allLocales, sourceLocale);
}

/** True once msg() can render `locale` with the shared strings and those of `namespaces` (always for English). */
export function isLocaleLoaded(locale: Locale, namespaces: readonly string[] = []): boolean {
  return (
    locale === sourceLocale || [SHARED, ...namespaces].every((namespace) => done.has(`${locale}/${namespace}`) || !localeLoaders[locale]?.[namespace])
  );
}

/**
 * Loads the shared translations of `locale` and those of `namespaces`, each once (a dynamic import per
 * namespace); later calls share the same promises. A failed load (offline, blocked chunk) is forgotten so
 * that a later call tries again; meanwhile msg() shows English for what is missing.
 */
export function loadLocale(locale: Locale, namespaces: readonly string[] = []): Promise<void> {
  if (isLocaleLoaded(locale, namespaces)) return Promise.resolve();
  return Promise.all([SHARED, ...namespaces].map((namespace) => loadNamespace(locale, namespace))).then(() => undefined);
}

function loadNamespace(locale: Locale, namespace: string): Promise<void> {
  const key = `${locale}/${namespace}`;
  const load = localeLoaders[locale]?.[namespace];
  if (!load || done.has(key)) return Promise.resolve();
  let promise = loading.get(key);
  if (!promise) {
    promise = load().then(
      (module) => {
        const strings = loaded.get(locale) ?? { templates: {} };
        Object.assign(strings.templates, module.templates);
        loaded.set(locale, strings);
        done.add(key);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
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
