/**
 * <fl-walkin-schedule> in each state and language, on the published example content (demo/content/,
 * served at `./content/` beside the Storybook's iframe). A fixed clock (`now`) puts the schedule in the
 * state each story names, whatever day the Storybook is opened.
 *
 * Content states that need a content host that stalls or a device copy (loading, slow, stale) come from
 * the shared story helpers (stories/support/: `contentState()`); until they land, the error state uses a
 * content base that answers 404.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FlWalkinSchedule } from '../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { defineElement } from '../src/define.js';

// Used, not only imported: package.json's `sideEffects` lets a bundler drop a bare import of src/.
defineElement('fl-walkin-schedule', FlWalkinSchedule);

interface Args {
  'content-base': string;
  city?: string;
  province?: string;
  office?: string;
  show?: 'walk-in' | 'all';
  'heading-level'?: number;
  lang?: string;
  'language-picker'?: boolean;
  /** ISO 8601 date-time of the clock the schedule is shown at. */
  now?: string;
  /** Story only: the host page's fallback text. */
  fallback?: string;
  /** Story only: the width of the column the widget sits in. */
  width?: number;
}

/** Wednesday 25 November 2026, 10:00 in Brussels: the walk-in moments are under way. */
const WEDNESDAY_10 = '2026-11-25T10:00:00+01:00';

const meta: Meta<Args> = {
  title: 'Elements/Walk-in schedule',
  component: 'fl-walkin-schedule',
  args: { 'content-base': './content/', now: WEDNESDAY_10 },
  argTypes: {
    show: { control: 'inline-radio', options: ['walk-in', 'all'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'select', options: ['en', 'nl', 'fr', 'de', 'ar'] },
    now: { control: 'text', description: 'The clock (ISO 8601); empty for the real time.' },
    fallback: { control: 'text', name: 'slot="fallback"' },
    width: { control: { type: 'number', min: 320, max: 1280, step: 10 } },
  },
  render: (args) => html`<div style=${args.width ? `max-inline-size: ${args.width}px` : ''}>
    <fl-walkin-schedule
      content-base=${args['content-base']}
      city=${ifDefined(args.city)}
      province=${ifDefined(args.province)}
      office=${ifDefined(args.office)}
      show=${ifDefined(args.show)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      ?language-picker=${args['language-picker'] ?? false}
      now=${ifDefined(args.now || undefined)}
      >${args.fallback ? html`<p slot="fallback">${args.fallback}</p>` : nothing}</fl-walkin-schedule
    >
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'When and where to meet an ICAM coach: walk-in moments with the next one for each office, computed in Belgian time; contact points by appointment; a week view; calendar files; the ICAM support line.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** On a Wednesday at 10:00: "Now open until 12:00". */
export const OpenNow: Story = {};

/** On a Wednesday at 7:00: "Today, 09:00–12:00: starts in 2 hours". */
export const LaterToday: Story = { args: { now: '2026-11-25T07:00:00+01:00' } };

/** On a Tuesday evening: "Next walk-in moment: tomorrow, Wednesday 25 November, 09:00–12:00". */
export const TuesdayEvening: Story = { args: { now: '2026-11-24T20:00:00+01:00' } };

/** On Armistice Day, a public holiday on a Wednesday: no walk-in moment, and the reason. */
export const HolidayWednesday: Story = { args: { now: '2026-11-11T10:00:00+01:00' } };

/** Every office and contact point, with the reader's filter. */
export const AllOfficesWithFilter: Story = { args: { show: 'all', 'language-picker': true } };

/** One city: its week view is open. */
export const OneCity: Story = { args: { city: 'liege', 'heading-level': 3 } };

/** A contact point by appointment only: no schedule, the address on request through the support line. */
export const AppointmentOnly: Story = { args: { office: 'icam-contact-point-hainaut' } };

/** No office in the city the host asked for: the message and the support line. */
export const NoOfficeMatches: Story = { args: { city: 'ghent' } };

/** No content and no copy on the device: the message, a retry button and the host page's fallback. */
export const ErrorWithFallback: Story = {
  args: {
    'content-base': './story-content/unavailable/',
    fallback: 'The schedule cannot be shown right now. Call the ICAM support line: 02 488 97 77.',
  },
};

export const Dutch: Story = { args: { lang: 'nl', now: '2026-11-24T20:00:00+01:00' } };
export const French: Story = { args: { lang: 'fr', now: '2026-11-24T20:00:00+01:00' } };
export const German: Story = { args: { lang: 'de', now: '2026-11-24T20:00:00+01:00' } };
export const Arabic: Story = { args: { lang: 'ar', now: '2026-11-24T20:00:00+01:00' } };
export const ArabicAllOffices: Story = { args: { lang: 'ar', show: 'all' } };

/** At 320 px, the narrowest supported width. */
export const NarrowPhone: Story = { args: { width: 320, city: 'liege' } };
export const NarrowPhoneArabic: Story = { args: { width: 320, city: 'liege', lang: 'ar' } };
