import type { OfferKind, Profile, ReintegrationData } from '../../content/schema/reintegration.js';
import type { RenderContext } from '../base/render-context.js';

type Text = Readonly<Record<string, string>> | undefined;

/** What the render pieces of <fl-reintegration-cards> get for one render. */
export interface CardsView extends RenderContext {
  readonly data: ReintegrationData;
  /** Today in Europe/Brussels, `YYYY-MM-DD`: which amount applies. */
  readonly today: string;
  /**
   * Content rich text in its own language, or inline with `'inline'`; after the fallback note, shown once
   * per `seen` set (a card, a section) when one is given.
   */
  rich(text: Text, className?: string, seen?: Set<string>): unknown;
  /** Content text on one line, in its own language. */
  line(text: Text): unknown;
  /** The chosen country's name in the interface language. */
  countryLabel(code: string): string;
  /** The reader's filters. */
  readonly kinds: readonly OfferKind[];
  readonly profiles: readonly Profile[];
  toggleKind(kind: OfferKind): void;
  toggleProfile(profile: Profile): void;
  clearFilters(): void;
  /** How many cards show at most (a page at a time), and the "Show more programmes" button for `total` cards. */
  readonly limit: number;
  more(total: number): unknown;
  /** Whether a programme's details are open, and opening or closing them. */
  isOpen(id: string): boolean;
  setOpen(id: string, open: boolean): void;
}
