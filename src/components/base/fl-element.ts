import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { VERSION } from '../../version.js';
import { onLanguageSignal } from '../../i18n/choice.js';
import { pickText, type PickedText } from '../../i18n/content-text.js';
import { textDirection } from '../../i18n/direction.js';
import { isLocaleLoaded, loadLocale, negotiate, renderInLocale, sourceLocale, type Locale } from '../../i18n/localize.js';
import { primaryLanguage } from '../../i18n/negotiate.js';
import { requestedLanguages } from '../../i18n/resolve.js';

let warnedLoad = false;

/**
 * The language-only base of every frontline-widgets element, the small parts (`<fl-term>`, `<fl-tip>`)
 * included; widgets extend `FlWidget` (./fl-widget.ts), which adds content, headings and the clock. It
 * carries the library version (read by the guarded define to name both versions when a tag is defined
 * twice) and the language handling.
 *
 * Language: the reader's choice in a language picker, else the element's `lang`, else the nearest
 * ancestor's `lang` (through shadow roots), else the browser's languages, else English; `fr-BE` uses
 * `fr`. The element renders msg() strings in that language (loading its translations first, so it never
 * flashes English), sets `lang` and `dir` on itself to match, and follows any later change.
 *
 * Every element reads the theming tokens listed below (see docs/theming.md).
 *
 * @cssproperty --fl-font-family - Font family (default: the page’s).
 * @cssproperty --fl-font-size - Base font size (default: the page’s).
 * @cssproperty --fl-line-height - Line height (default 1.5).
 * @cssproperty --fl-color-text - Text colour (default: the page’s).
 * @cssproperty --fl-color-muted - Secondary text (default: the text colour at 80 %).
 * @cssproperty --fl-color-link - Links (default: the text colour, underlined).
 * @cssproperty --fl-color-accent - Buttons and controls: border and text; fill of the main button (default: the text colour; for the fill, black or white, whichever is nearer the text colour).
 * @cssproperty --fl-color-accent-contrast - Text on a filled accent (default: white or black, whichever contrasts with the text colour).
 * @cssproperty --fl-color-border - Borders of boxes and cards (default: the text colour at 35 %).
 * @cssproperty --fl-color-background - Background of the widget (default: none, the page shows through).
 * @cssproperty --fl-color-surface - Background of floating panels (default: Canvas).
 * @cssproperty --fl-color-surface-text - Text on floating panels (default: CanvasText).
 * @cssproperty --fl-color-focus - Focus ring (default: the text colour).
 * @cssproperty --fl-color-info - Stripe of information messages (default: the text colour).
 * @cssproperty --fl-color-success - Stripe of success messages (default #1e7a34).
 * @cssproperty --fl-color-warning - Stripe of warnings (default #a15c00).
 * @cssproperty --fl-color-error - Stripe of error messages (default #b3261e).
 * @cssproperty --fl-radius - Corner radius (default 0.25rem).
 * @cssproperty --fl-space - Base spacing unit (default 1rem).
 * @cssproperty --fl-target-size - Minimum height and width of buttons and controls (default 2.75rem; never below 24px).
 * @cssproperty --fl-focus-width - Focus ring width (default 3px).
 * @cssproperty --fl-shadow - Shadow of floating panels.
 * @cssproperty --fl-panel-max-width - Widest a floating panel gets (default 22rem).
 * @cssproperty --fl-content-min-block-size - Height kept free while the content loads, so nothing jumps when it arrives (default 12rem).
 */
export class FlElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * The namespaces of this element's own interface strings (`['walkin']` for ids `walkin.*`), loaded with
   * the shared ones when it first renders in a language (see ../../i18n/localize.ts).
   */
  static readonly translations: readonly string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  @state()
  private _locale: Locale = sourceLocale;

  @state({ hasChanged: (a?: readonly string[], b?: readonly string[]) => a?.join() !== b?.join() })
  private _languages: readonly string[] = [sourceLocale];

  /** The `lang` the page gave this element; not the one the element writes on itself. */
  private _ownLang: string | undefined;
  private _writingLang = false;
  private _unsubscribeLanguage: (() => void) | undefined;

  /** The interface language this element renders in (`en`, `nl`, `fr`, `de`, `ar`). */
  get locale(): Locale {
    return this._locale;
  }

  /** The reader's languages, best first, for picking content text: may hold languages the interface lacks. */
  get languages(): readonly string[] {
    return this._languages;
  }

  override connectedCallback(): void {
    // The language first: the controllers connected next (the content's) read it.
    this._unsubscribeLanguage ??= onLanguageSignal(() => this.refreshLocale());
    this.refreshLocale();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribeLanguage?.();
    this._unsubscribeLanguage = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && !this._writingLang) {
      this._ownLang = value || undefined;
      if (this.isConnected) this.refreshLocale();
    }
  }

  /** Reads the language signals again and re-renders if the language changed. Called on every signal. */
  protected refreshLocale(): void {
    const languages = requestedLanguages(this, this._ownLang);
    const locale = negotiate(languages);
    this._languages = languages;
    this._locale = locale;
    const namespaces = this.translationNamespaces();
    if (!isLocaleLoaded(locale, namespaces)) void loadLocale(locale, namespaces).catch(() => undefined);
    const current = this.getAttribute('lang');
    if (!current || primaryLanguage(current) !== locale) {
      this._writingLang = true;
      try {
        this.setAttribute('lang', this._ownLang && primaryLanguage(this._ownLang) === locale ? this._ownLang : locale);
      } finally {
        this._writingLang = false;
      }
    }
    const dir = textDirection(locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  /** Waits for the language's translations before each update, so text never flashes in English. */
  protected override async scheduleUpdate(): Promise<void> {
    let locale = this._locale;
    const namespaces = this.translationNamespaces();
    while (!isLocaleLoaded(locale, namespaces)) {
      try {
        await loadLocale(locale, namespaces);
      } catch (error) {
        if (!warnedLoad) console.warn(`frontline-widgets: the "${locale}" translations did not load; showing English.`, error);
        warnedLoad = true;
        break;
      }
      if (locale === this._locale) break;
      locale = this._locale;
    }
    await super.scheduleUpdate();
  }

  private translationNamespaces(): readonly string[] {
    return (this.constructor as typeof FlElement).translations;
  }

  /** msg() answers in this element's language during willUpdate, render and updated. */
  protected override performUpdate(): void {
    renderInLocale(this._locale, () => super.performUpdate());
  }

  /** Runs `fn` with msg() answering in this element's language: for msg() outside render (an event handler). */
  protected inLocale<T>(fn: () => T): T {
    return renderInLocale(this._locale, fn);
  }

  /**
   * Picks content text for this reader from `{ nl, fr, en, ... }`: their languages, then `local` (for a
   * place name: the place's own languages), then English, Dutch, French, then any. Undefined for a
   * missing record. Show `fallbackNote(picked)` when `picked.fallback`.
   */
  protected pickText(record: Readonly<Record<string, string>> | null | undefined, local: readonly string[] = []): PickedText | undefined {
    return pickText(record, local.length > 0 ? [...this._languages, ...local] : this._languages);
  }
}
