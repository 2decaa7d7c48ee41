/**
 * The tip: an internal element the widgets use for extra help, an "i" button with a floating panel.
 * Its docs table comes from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/parts/tip.define.js';
import { inLocale, openPanel, storyWith } from './support/index.js';

const meta: Meta = {
  title: 'Parts/Tip',
  component: 'fl-tip',
  render: (args) => html`<p>
    Walk-in moments on Wednesday, 9:00–12:00
    <fl-tip label=${(args['label'] as string) || ''}>No appointment is needed.</fl-tip>
  </p>`,
  args: { label: 'About walk-in moments' },
};
export default meta;
type Story = StoryObj;

export const Closed: Story = {};
export const Open: Story = { play: openPanel('fl-tip') };
export const OpenInArabic: Story = storyWith(
  {
    args: { label: '' },
    render: () => html`<p>
      الاستقبال المفتوح يوم الأربعاء من 9:00 إلى 12:00
      <fl-tip>لا حاجة إلى موعد.</fl-tip>
    </p>`,
  },
  inLocale('ar'),
  { play: openPanel('fl-tip') },
);
