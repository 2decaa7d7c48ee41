/**
 * <fl-service-finder> in each content state, its own states (pre-filtered, near a place, no results,
 * details open) and each language, on the published example content (demo/content/services.json,
 * served at `./content/` beside the Storybook's iframe) through the real content layer. A fixed clock
 * (`now`: Wednesday 25 November 2026, 10:00 in Brussels) keeps "open now" the same whatever day the
 * Storybook is opened.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { FlServiceFinder } from '../src/components/fl-service-finder/fl-service-finder.js';
import { servicesDataset } from '../src/content/schema/services.js';
import { defineElement } from '../src/define.js';
import { contentState, inLocale, narrow, showsPart, storyWith, waitForElements, type StoryPart } from './support/index.js';

// Used, not only imported: package.json's `sideEffects` lets a bundler drop a bare import of src/.
defineElement('fl-service-finder', FlServiceFinder);

/** Wednesday 25 November 2026, 10:00 in Brussels: CPAS/OCMW desks, Médecins du Monde and the ICAM walk-ins are open. */
const WEDNESDAY_10 = '2026-11-25T10:00:00+01:00';

const finderOf = (canvasElement: Element) => canvasElement.querySelector('fl-service-finder') as FlServiceFinder;

/** Waits until the finder shows results (content loaded and indexed). */
const searchable: StoryPart = {
  play: async ({ canvasElement }: StoryContext) =>
    waitForElements(canvasElement, () => finderOf(canvasElement)?.resultCount !== undefined, 8000, 'the finder to show results'),
};

/** A play function part that types `value` in a field of the finder, as a reader does. */
function typeIn(id: 'query' | 'place', value: string): StoryPart {
  return {
    play: async ({ canvasElement }: StoryContext) => {
      const finder = finderOf(canvasElement);
      const input = finder.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await finder.updateComplete;
    },
  };
}

/** A play function part that opens the first card's details. */
const firstDetailsOpen: StoryPart = {
  play: async ({ canvasElement }: StoryContext) => {
    const finder = finderOf(canvasElement);
    finder.shadowRoot!.querySelector<HTMLElement>('[part~="card"] summary')!.click();
    await waitForElements(canvasElement, () => finder.shadowRoot!.querySelector('.facts') !== null, 3000, 'the details');
  },
};

const meta: Meta = {
  title: 'Elements/Service finder',
  component: 'fl-service-finder',
  args: { now: WEDNESDAY_10 },
  parameters: {
    docs: {
      description: {
        component:
          'Where to get help: search (accents and case ignored, CPAS or OCMW), type of help, language spoken, open now, no papers needed, walk-in; nearest first from a postcode or, on request, from the device; cards with access, today’s hours in Belgian time, address, call, e-mail, website and directions.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** Every service of the example content, by name, ten at a time. */
export const Ready: Story = storyWith(contentState('ready'), searchable);
export const Loading: Story = contentState('loading');
export const SlowConnection: Story = contentState('slow');
/** The content host cannot be reached; the copy kept on the device shows, with its date. */
export const Stale: Story = storyWith(contentState('stale', servicesDataset), searchable);
export const ErrorWithFallback: Story = storyWith(contentState('error'), {
  args: { 'slot:fallback': 'The list of services cannot be shown right now. Ask at the reception desk of the town hall.' },
});

/** As a CPAS would embed it: health care for people without papers in Brussels, with the language picker. */
export const PreFiltered: Story = storyWith(contentState('ready'), searchable, {
  args: { category: 'health', 'no-papers': true, municipality: 'Bruxelles', 'language-picker': true },
});
/** The reader typed a postcode: nearest first, with distances, and the chips of their choices. */
export const NearAPostcode: Story = storyWith(contentState('ready'), searchable, typeIn('query', 'medical'), typeIn('place', '1030'));
/** A card with its details open: description, access facts, the hours of the next seven days, when it was checked. */
export const DetailsOpen: Story = storyWith(contentState('ready'), searchable, typeIn('query', 'hub'), firstDetailsOpen);
/** Nothing matches: the message, and buttons to search at any distance or clear every filter. */
export const NoResults: Story = storyWith(contentState('ready'), showsPart('empty'), { args: { category: 'food', municipality: 'Gent' } });

export const Dutch: Story = storyWith(contentState('ready'), searchable, inLocale('nl'));
export const French: Story = storyWith(contentState('ready'), searchable, inLocale('fr'));
export const German: Story = storyWith(contentState('ready'), searchable, inLocale('de'));
export const Arabic: Story = storyWith(contentState('ready'), searchable, inLocale('ar'));
export const ArabicNearAPostcode: Story = storyWith(contentState('ready'), searchable, inLocale('ar'), typeIn('place', '4000'));

/** At 320 px: the filters after words and place fold behind "More filters". */
export const Phone: Story = storyWith(contentState('ready'), searchable, narrow());
export const PhoneArabic: Story = storyWith(contentState('ready'), searchable, inLocale('ar'), narrow());
