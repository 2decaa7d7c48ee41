/**
 * <fl-walkin-schedule> in each state and language, on the published example content (demo/content/,
 * served at `./content/` beside the Storybook's iframe) through the real content layer. A fixed clock
 * (`now`) puts the schedule in the state each story names, whatever day the Storybook is opened.
 * Content states (loading, slow, stale, error) come from the shared helpers in stories/support/.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FlWalkinSchedule } from '../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { walkinsDataset } from '../src/content/schema/walkins.js';
import { defineElement } from '../src/define.js';
import { contentState, inLocale, narrow, showsPart, storyWith } from './support/index.js';

// Used, not only imported: package.json's `sideEffects` lets a bundler drop a bare import of src/.
defineElement('fl-walkin-schedule', FlWalkinSchedule);

/** Wednesday 25 November 2026, 10:00 in Brussels: the walk-in moments are under way. */
const WEDNESDAY_10 = '2026-11-25T10:00:00+01:00';
/** Tuesday 24 November 2026, 20:00 in Brussels: the next walk-in moment is tomorrow. */
const TUESDAY_EVENING = '2026-11-24T20:00:00+01:00';

const meta: Meta = {
  title: 'Elements/Walk-in schedule',
  component: 'fl-walkin-schedule',
  args: { now: WEDNESDAY_10 },
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
type Story = StoryObj;
const ready = contentState('ready');

/** On a Wednesday at 10:00: "Open now, until 12:00". */
export const OpenNow: Story = ready;

/** On a Wednesday at 7:00: "Today, 09:00–12:00: starts in 2 hours". */
export const LaterToday: Story = storyWith(ready, { args: { now: '2026-11-25T07:00:00+01:00' } });

/** On a Tuesday evening: "Next walk-in moment: tomorrow, Wednesday 25 November, 09:00–12:00". */
export const TuesdayEvening: Story = storyWith(ready, { args: { now: TUESDAY_EVENING } });

/** On Armistice Day, a public holiday on a Wednesday: no walk-in moment, and the reason. */
export const HolidayWednesday: Story = storyWith(ready, { args: { now: '2026-11-11T10:00:00+01:00' } });

/** Every office and contact point, with the reader's filter and the language picker. */
export const AllOfficesWithFilter: Story = storyWith(ready, { args: { show: 'all', 'language-picker': true } });

/** One city: its week view is open. */
export const OneCity: Story = storyWith(ready, { args: { city: 'liege', 'heading-level': 3 } });

/** A contact point by appointment only: no schedule, the address on request through the support line. */
export const AppointmentOnly: Story = storyWith(ready, { args: { office: 'icam-contact-point-hainaut' } });

/** No office in the city the host asked for: the message and the support line. */
export const NoOfficeMatches: Story = storyWith(ready, showsPart('empty'), { args: { city: 'ghent' } });

/** Waiting for the content: space is reserved so the page does not jump. */
export const Loading: Story = contentState('loading');

/** Still waiting after 3 seconds: the slow connection notice. */
export const SlowConnection: Story = contentState('slow');

/** The refresh failed: the copy on the device shows, with the date it was last updated. */
export const Stale: Story = storyWith(contentState('stale', walkinsDataset), { args: { city: 'liege' } });

/** No content and no copy on the device: the message, a retry button and the host page's fallback. */
export const ErrorWithFallback: Story = storyWith(contentState('error'), {
  args: { 'slot:fallback': 'The schedule cannot be shown right now. Call the ICAM support line: 02 488 97 77.' },
});

export const Dutch: Story = storyWith(ready, inLocale('nl'), { args: { now: TUESDAY_EVENING } });
export const French: Story = storyWith(ready, inLocale('fr'), { args: { now: TUESDAY_EVENING } });
export const German: Story = storyWith(ready, inLocale('de'), { args: { now: TUESDAY_EVENING } });
export const Arabic: Story = storyWith(ready, inLocale('ar'), { args: { now: TUESDAY_EVENING } });
export const ArabicAllOffices: Story = storyWith(ready, inLocale('ar'), { args: { show: 'all' } });
export const StaleInArabic: Story = storyWith(contentState('stale', walkinsDataset), inLocale('ar'), { args: { city: 'liege' } });

/** At 320 px, the narrowest supported width. */
export const NarrowPhone: Story = storyWith(ready, narrow(), { args: { city: 'liege' } });
export const NarrowPhoneArabic: Story = storyWith(ready, narrow(), inLocale('ar'), { args: { city: 'liege' } });
