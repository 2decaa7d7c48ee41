import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../dist/custom-elements.json';
import { readerLanguage, setReaderLanguage } from '../src/i18n/choice.js';
import { textDirection } from '../src/i18n/direction.js';
import { autonym } from '../src/i18n/format.js';
import { argTypesFromManifest, LOCALES, NARROW_WIDTH, renderElement, type Manifest } from '../stories/support/index.js';

setCustomElementsManifest(customElements);

/**
 * The Locale toolbar: `lang` and `dir` on the story's root, from which the widgets take their language
 * as on a host page. A language picked inside a widget (kept for the visit) would outrank the page's
 * `lang`; it is forgotten at each story render so that the toolbar decides.
 */
const withLocale: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  if (readerLanguage() !== undefined) setReaderLanguage(undefined);
  return html`<div class="fl-story-root" lang=${locale} dir=${textDirection(locale)}>${story()}</div>`;
};

const phone = (width: number, height: number, name: string) => ({
  name,
  styles: { width: `${width}px`, height: `${height}px` },
  type: 'mobile' as const,
});

const preview: Preview = {
  tags: ['autodocs'],
  // Every element story renders its `component` from its args (attributes, slots, tokens, events).
  render: renderElement,
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Interface language: lang and dir on the story root',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: LOCALES.map((locale) => ({
          value: locale,
          title: `${autonym(locale)} (${locale})`,
          ...(textDirection(locale) === 'rtl' ? { right: 'RTL' } : {}),
        })),
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    layout: 'padded',
    viewport: {
      options: {
        phone320: phone(NARROW_WIDTH, 640, `Narrow phone (${NARROW_WIDTH} px, the narrowest supported)`),
        phone360: phone(360, 740, 'Phone (360 px)'),
        phone414: phone(414, 896, 'Large phone (414 px)'),
        tablet: { name: 'Tablet (834 px)', styles: { width: '834px', height: '1112px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    docs: {
      // Attributes (with controls), properties, events, slots, parts and custom properties, from custom-elements.json.
      extractArgTypes: (tag: string) => argTypesFromManifest(customElements as Manifest, tag),
      source: { excludeDecorators: true },
    },
    options: {
      storySort: { order: ['Guides', ['Embed', 'Theming'], 'Elements', 'Foundations', 'Parts'] },
    },
  },
};

export default preview;
