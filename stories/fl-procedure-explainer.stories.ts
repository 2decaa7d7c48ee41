/**
 * <fl-procedure-explainer> in each state and language, on the published example content (demo/content/,
 * served at `./content/` beside the Storybook's iframe) through the real content layer. Both modes: one
 * procedure (`procedure`), and the orientation (a path in the story's address gives its result page).
 * Content states (loading, slow, stale, error) come from the shared helpers in stories/support/.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FlProcedureExplainer } from '../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import { proceduresDataset } from '../src/content/schema/procedures.js';
import { defineElement } from '../src/define.js';
import { contentState, inLocale, narrow, showsPart, storyWith } from './support/index.js';

// Used, not only imported: package.json's `sideEffects` lets a bundler drop a bare import of src/.
defineElement('fl-procedure-explainer', FlProcedureExplainer);

/** Saturday 5 December 2026: the 9bis fee of 2024 applies. */
const NOW = '2026-12-05T10:00:00+01:00';

const meta: Meta = {
  title: 'Elements/Procedure explainer',
  component: 'fl-procedure-explainer',
  args: { now: NOW },
  parameters: {
    docs: {
      description: {
        component:
          'Residence procedures step by step (costs and deadlines visible, a documents checklist, a deadline helper, sources and review dates), and an orientation that asks one question at a time and ends with the procedures that may fit and a counsellor. General information, not legal advice.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;
const ready = contentState('ready');

/** The orientation's first question. */
export const Orientation: Story = ready;

/** One procedure: humanitarian regularisation (9bis), with its fee history and the "or" parts of step 2. */
export const Procedure: Story = storyWith(ready, { args: { procedure: 'humanitarian-regularisation' } });

/** An appeal with a deadline rule: the deadline helper in step 2. */
export const ProcedureWithDeadline: Story = storyWith(ready, { args: { procedure: 'appeal-order-to-leave', 'heading-level': 3 } });

/** Assisted voluntary return: amounts per adult and child, and "no figure after 2022". */
export const VoluntaryReturn: Story = storyWith(ready, { args: { procedure: 'voluntary-return' } });

/** An id the content does not have: the message and the list of procedures. */
export const UnknownProcedure: Story = storyWith(ready, showsPart('unknown'), { args: { procedure: 'no-such-procedure' } });

/** The orientation with the language picker and a counsellor page of the host. */
export const OrientationWithCounsellor: Story = storyWith(ready, {
  args: { 'language-picker': true, 'counsellor-url': 'https://example.org/help/' },
});

export const Loading: Story = contentState('loading');
export const SlowConnection: Story = contentState('slow');
export const Stale: Story = storyWith(contentState('stale', proceduresDataset), { args: { procedure: 'asylum' } });
export const ErrorWithFallback: Story = storyWith(contentState('error'), {
  args: { 'slot:fallback': 'The explanation cannot be shown right now. A social worker of the CPAS/OCMW can help.' },
});

export const Dutch: Story = storyWith(ready, inLocale('nl'), { args: { procedure: 'medical-regularisation' } });
export const French: Story = storyWith(ready, inLocale('fr'), { args: { procedure: 'urgent-medical-aid' } });
export const German: Story = storyWith(ready, inLocale('de'));
export const Arabic: Story = storyWith(ready, inLocale('ar'), { args: { procedure: 'asylum' } });
export const ArabicOrientation: Story = storyWith(ready, inLocale('ar'));

/** At 320 px, the narrowest supported width. */
export const NarrowPhone: Story = storyWith(ready, narrow(), { args: { procedure: 'humanitarian-regularisation' } });
export const NarrowPhoneArabic: Story = storyWith(ready, narrow(), inLocale('ar'), { args: { procedure: 'dublin' } });
