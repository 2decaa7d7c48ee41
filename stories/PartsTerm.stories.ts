/**
 * The glossary term: an internal element the widgets use inside their text, with a floating panel (the
 * `--fl-color-surface*`, `--fl-shadow` and `--fl-panel-max-width` tokens). Its docs table comes from
 * custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/parts/term.define.js';
import { inLocale, openPanel, storyWith } from './support/index.js';

const termMeta: Meta = {
  title: 'Parts/Glossary term',
  component: 'fl-term',
  render: (args) => html`<p>
    If you received an
    <fl-term definition=${args['definition'] as string}>order to leave the territory</fl-term>,
    an ICAM coach can explain your options.
  </p>`,
  args: {
    definition: 'A letter from the Immigration Office that says you must leave Belgium within a set number of days.',
  },
};
export default termMeta;
type Story = StoryObj;

export const Closed: Story = {};
export const Open: Story = { play: openPanel('fl-term') };
export const OpenInArabic: Story = storyWith(
  {
    render: () =>
      html`<p>
        إذا تلقيتم
        <fl-term definition="رسالة من مكتب الأجانب تطلب منكم مغادرة بلجيكا خلال عدد محدد من الأيام.">أمرًا بمغادرة الإقليم</fl-term>،
        يمكن لمرافق ICAM أن يشرح لكم الخيارات المتاحة.
      </p>`,
  },
  inLocale('ar'),
  { play: openPanel('fl-term') },
);
