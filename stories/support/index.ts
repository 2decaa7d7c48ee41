/**
 * Shared helpers for every story (see each module's documentation):
 *
 * - content.ts: `contentState(state, dataset?)` puts an element in `ready`, `loading`, `slow`, `stale` or
 *   `error` through the real content layer; `waitForContentState()`.
 * - story.ts: `inLocale(locale)`, `narrow()`, `showsPart(part)` (an element's own state, e.g. no
 *   results), `openPanel(tag)`, `storyWith(...parts)`, `LOCALES`, `deepParts()`, `waitForElements()`.
 * - manifest.ts: docs and controls from custom-elements.json and the default render (installed by
 *   .storybook/preview.ts for every story).
 * - themes.ts: the two example host themes of the theming page.
 *
 * A typical element story file (stories/fl-<name>.stories.ts):
 *
 * ```ts
 * import type { Meta, StoryObj } from '@storybook/web-components-vite';
 * import '../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
 * import { walkinsDataset } from '../src/content/schema/walkins.js';
 * import { contentState, inLocale, narrow, storyWith } from './support/index.js';
 *
 * const meta: Meta = { title: 'Elements/Walk-in schedule', component: 'fl-walkin-schedule', args: { city: 'liege' } };
 * export default meta;
 * type Story = StoryObj;
 *
 * export const Ready: Story = contentState('ready');
 * export const Loading: Story = contentState('loading');
 * export const Slow: Story = contentState('slow');
 * export const Stale: Story = contentState('stale', walkinsDataset);
 * export const ErrorWithFallback: Story = storyWith(contentState('error'), { args: { 'slot:fallback': 'Call the town hall.' } });
 * export const Arabic: Story = storyWith(contentState('ready'), inLocale('ar'));
 * export const Phone: Story = storyWith(contentState('ready'), narrow());
 * export const NoOffice: Story = storyWith(contentState('ready'), showsPart('empty'), { args: { city: 'arlon' } });
 * ```
 *
 * The meta's `component` gives the element's docs page (attributes with controls, properties, events,
 * slots, parts, custom properties from custom-elements.json) and the default render, which applies the
 * args: attribute names (`city`, `content-base`), `slot:fallback` for slot text, `--fl-*` for tokens. A
 * story needs no render of its own. Every story is checked by `npm run test:stories` (a11y addon, play
 * functions, 320 px for `narrow()` stories) after `npm run build-storybook`.
 */
export * from './content.js';
export * from './story.js';
export * from './manifest.js';
export * from './themes.js';
