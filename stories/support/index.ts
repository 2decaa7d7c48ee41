/**
 * Shared helpers for every story (see each module's documentation):
 *
 * - content.ts: `contentState(state, dataset?)` puts an element in `ready`, `loading`, `slow`, `stale` or
 *   `error` through the real content layer; `exampleContentBase()`, `contentBaseFor()`,
 *   `seedDeviceCopy()`, `holdRequests()`, `waitForContentState()`.
 * - story.ts: `inLocale(locale)`, `narrow()`, `storyWith(...parts)`, `LOCALES`, `deepParts()`,
 *   `waitForElements()`.
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
 * ```
 */
export * from './content.js';
export * from './story.js';
export * from './manifest.js';
export * from './themes.js';
