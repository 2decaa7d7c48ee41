/**
 * <fl-reintegration-cards> in each state and language, on the published example content (demo/content/,
 * served at `./content/` beside the Storybook's iframe) through the real content layer: no country yet,
 * a country chosen (its cards), a country limited by the host, an unknown code, and every content state
 * from the shared helpers in stories/support/.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FlReintegrationCards } from '../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import { reintegrationDataset } from '../src/content/schema/reintegration.js';
import { defineElement } from '../src/define.js';
import { contentState, inLocale, narrow, showsPart, storyWith } from './support/index.js';

// Used, not only imported: package.json's `sideEffects` lets a bundler drop a bare import of src/.
defineElement('fl-reintegration-cards', FlReintegrationCards);

/** Saturday 5 December 2026: the 2022 premium is the latest published. */
const NOW = '2026-12-05T10:00:00+01:00';

const meta: Meta = {
  title: 'Elements/Reintegration cards',
  component: 'fl-reintegration-cards',
  args: { now: NOW },
  parameters: {
    docs: {
      description: {
        component:
          'Support after a voluntary return, per country: a country picker that finds a country by any of its names, a card per programme (what it gives, cash or in kind, amounts with their date and source, time limits, the partner there), filters by kind and profile, the steps of a return, media as links, and always the way to a counsellor.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;
const ready = contentState('ready');

/** No country chosen yet: the picker, the steps, the media and the counsellor. */
export const ChooseACountry: Story = ready;

/** Morocco chosen: no programme of its own, the programmes for every country, its partner. */
export const Morocco: Story = storyWith(ready, showsPart('card'), { args: { country: 'MA' } });

/** Mongolia: no partner named by a source. */
export const Mongolia: Story = storyWith(ready, showsPart('card'), { args: { country: 'MN', 'heading-level': 3 } });

/** Filtered at first by the host (`support="premium"`), with a counsellor page of the host and the language picker. */
export const FilteredWithCounsellor: Story = storyWith(ready, showsPart('chip'), {
  args: { country: 'UA', support: 'premium', 'counsellor-url': 'https://example.org/help/', 'language-picker': true },
});

/** A host that serves two communities: the picker offers only them. */
export const TwoCountries: Story = storyWith(ready, { args: { countries: 'MA BR' } });

/** A host that serves one community: no picker. */
export const OneCountry: Story = storyWith(ready, showsPart('card'), { args: { countries: 'CM' } });

/** A code that names no country: a clear message. */
export const UnknownCountry: Story = storyWith(ready, showsPart('unknown'), { args: { country: 'XY' } });

export const Loading: Story = contentState('loading');
export const SlowConnection: Story = contentState('slow');
export const Stale: Story = storyWith(contentState('stale', reintegrationDataset), { args: { country: 'BR' } });
export const ErrorWithFallback: Story = storyWith(contentState('error'), {
  args: { 'slot:fallback': "This information cannot be shown right now. Fedasil's free line for voluntary return: 0800 327 45." },
});

export const Dutch: Story = storyWith(ready, inLocale('nl'), { args: { country: 'MA' } });
export const French: Story = storyWith(ready, inLocale('fr'), { args: { country: 'CM' } });
export const German: Story = storyWith(ready, inLocale('de'), { args: { country: 'UA' } });
export const Arabic: Story = storyWith(ready, inLocale('ar'), { args: { country: 'MA' } });
export const ArabicChooseACountry: Story = storyWith(ready, inLocale('ar'));

/** At 320 px, the narrowest supported width. */
export const NarrowPhone: Story = storyWith(ready, narrow(), { args: { country: 'BR' } });
export const NarrowPhoneArabic: Story = storyWith(ready, narrow(), inLocale('ar'), { args: { country: 'MA' } });
