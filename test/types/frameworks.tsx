// Type-checked by `npm run typecheck` (test/types/tsconfig.json), never run: the attribute types of
// src/frameworks.ts as docs/frameworks.md hands them to JSX. React's types are not a dependency of this
// package, so a global JSX namespace of the same shape (IntrinsicElements) stands in for React.JSX.
import type { FlIntrinsicElements } from '../../src/frameworks.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = unknown;
    interface IntrinsicElements extends FlIntrinsicElements {
      p: { slot?: string; children?: unknown };
    }
  }
}

export const finder = (
  <fl-service-finder content-base="https://content.example.org/frontline/" category="health, legal-aid" no-papers sync-url="b" heading-level={3}>
    <p slot="fallback">You can also ask for the list of services at our reception desk.</p>
  </fl-service-finder>
);
export const schedule = <fl-walkin-schedule city="liege" show="all" language-picker />;
export const explainer = <fl-procedure-explainer procedure="humanitarian-regularisation" counsellor-url="/help" sync-url heading-level="2" />;
export const cards = <fl-reintegration-cards countries="MA BR" support="premium" counsellor-url="/help" />;

// @ts-expect-error: a mistyped attribute is caught
export const typo = <fl-service-finder categroy="health" />;
// @ts-expect-error: show is "walk-in" or "all"
export const wrongValue = <fl-walkin-schedule show="everything" />;
// @ts-expect-error: a mistyped explainer attribute is caught
export const explainerTypo = <fl-procedure-explainer procedur="asylum" />;
// @ts-expect-error: headings go from 1 to 6
export const wrongLevel = <fl-walkin-schedule heading-level={7} />;
