/**
 * The shared content states (src/components/parts/content-status.ts) in a story-only specimen element
 * that loads the walk-in example content through the real content layer. Every widget renders the same
 * states; its own stories (stories/fl-<name>.stories.ts) show them with its own data.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { walkinsDataset } from '../src/content/schema/walkins.js';
import { contentState, inLocale, narrow, storyWith } from './support/index.js';
import './support/sample-element.js';

const meta: Meta = {
  title: 'Foundations/Content states',
  component: 'fl-story-sample',
  tags: ['!autodocs'],
  args: { 'content-only': true },
  argTypes: {
    'content-base': { control: 'text', description: 'Where the content comes from (README "Content base").' },
    'content-only': { control: 'boolean', description: 'Story-only: leave out the gallery of tones and buttons.' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'language-picker': { control: 'boolean' },
    'slot:fallback': { control: 'text', name: 'slot="fallback"', description: 'The host page’s own text, shown when nothing can be loaded.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The states every widget goes through while it gets its content: loading, slow connection, ready (example content), stale (a device copy that could not be refreshed) and error (with the host page’s fallback).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Ready: Story = contentState('ready');
export const Loading: Story = contentState('loading');
export const SlowConnection: Story = contentState('slow');
export const Stale: Story = contentState('stale', walkinsDataset);
export const ErrorWithFallback: Story = storyWith(contentState('error'), {
  args: { 'slot:fallback': 'Ask at the town hall’s reception for the ICAM walk-in times.' },
});
export const Dutch: Story = storyWith(contentState('ready'), inLocale('nl'));
export const French: Story = storyWith(contentState('ready'), inLocale('fr'));
export const German: Story = storyWith(contentState('ready'), inLocale('de'));
export const Arabic: Story = storyWith(contentState('ready'), inLocale('ar'));
export const StaleInArabic: Story = storyWith(contentState('stale', walkinsDataset), inLocale('ar'));
export const ErrorInArabic: Story = storyWith(contentState('error'), inLocale('ar'));
export const NarrowPhone: Story = storyWith(contentState('ready'), narrow(), { args: { 'language-picker': true } });
export const NarrowPhoneArabic: Story = storyWith(contentState('stale', walkinsDataset), inLocale('ar'), narrow());
