/**
 * Types for using the elements in React (JSX) and Vue templates: each element's attributes as a host
 * writes them (kebab-case, strings; a boolean attribute also as `true`). Types only: nothing runs.
 * docs/frameworks.md shows the two lines that hand them to React's JSX or Vue's GlobalComponents.
 */

/** What every widget takes (README, "Elements"). */
interface WidgetAttributes {
  'content-base'?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  'language-picker'?: boolean | '';
  lang?: string;
  /** An ISO 8601 date-time to show the widget at (tests, previews). */
  now?: string;
  id?: string;
  class?: string;
  className?: string;
  hidden?: boolean;
  slot?: string;
  children?: unknown;
}

/** `<fl-service-finder>`'s attributes. */
export interface FlServiceFinderAttributes extends WidgetAttributes {
  category?: string;
  municipality?: string;
  postcode?: string;
  languages?: string;
  'no-papers'?: boolean | '';
  'walk-in'?: boolean | '';
  limit?: number | string;
  /** On, or on with a prefix for its address keys (`"b"`: `fl-b-q`). */
  'sync-url'?: boolean | string;
}

/** `<fl-walkin-schedule>`'s attributes. */
export interface FlWalkinScheduleAttributes extends WidgetAttributes {
  city?: string;
  province?: string;
  office?: string;
  show?: 'walk-in' | 'all';
}

/** `<fl-procedure-explainer>`'s attributes. */
export interface FlProcedureExplainerAttributes extends WidgetAttributes {
  /** The id of a procedure of the content; without it, the orientation shows. */
  procedure?: string;
  /** Only procedures of this topic (a topic id of the content) in lists. */
  topic?: string;
  /** The id of the question the orientation starts at. */
  start?: string;
  'counsellor-url'?: string;
  /** On, or on with a prefix for its address key (`"b"`: `fl-b-path`). */
  'sync-url'?: boolean | string;
}

/** `<fl-reintegration-cards>`'s attributes. */
export interface FlReintegrationCardsAttributes extends WidgetAttributes {
  /** A country code (ISO 3166-1 alpha-2, `MA`). */
  country?: string;
  /** Country codes the picker offers (`"MA DZ TN"`); one code: no picker. */
  countries?: string;
  /** Kinds of support to filter by at first (`"premium business"`). */
  support?: string;
  'counsellor-url'?: string;
}

/** Every element by tag, for `JSX.IntrinsicElements` (React) or, wrapped, Vue's `GlobalComponents`. */
export interface FlIntrinsicElements {
  'fl-service-finder': FlServiceFinderAttributes;
  'fl-walkin-schedule': FlWalkinScheduleAttributes;
  'fl-procedure-explainer': FlProcedureExplainerAttributes;
  'fl-reintegration-cards': FlReintegrationCardsAttributes;
}
