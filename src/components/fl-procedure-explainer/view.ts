import type { Procedure } from '../../content/schema/procedures.js';
import type { RenderContext } from '../base/render-context.js';
import type { deadlineResult } from './deadline-result.js';
import type { PieceLoad } from '../parts/status.js';

/** What the render pieces of <fl-procedure-explainer> get for one render. */
export interface ExplainerView extends RenderContext {
  /** Today in Europe/Brussels, `YYYY-MM-DD`: which amount applies. */
  readonly today: string;
  /**
   * Content rich text in its own language, glossary terms as `<fl-term>`; after the fallback note, shown
   * once per `seen` set (a step, a procedure's header) when one is given (parts/localized.ts, noteOnce).
   */
  rich(text: Readonly<Record<string, string>> | undefined, className?: string, seen?: Set<string>): unknown;
  /** Content text on one line, in its own language. */
  line(text: Readonly<Record<string, string>> | undefined): unknown;
  /** Whether the step `key` is open, and opening or closing it. */
  isOpen(key: string): boolean;
  setOpen(key: string, open: boolean): void;
  /** Whether every step of the procedure shown is open; "show all steps" opens or closes them all. */
  readonly allOpen: boolean;
  toggleAll(): void;
  /** The reader's ticks of documents (kept in the page only). */
  isChecked(key: string): boolean;
  setChecked(key: string, checked: boolean): void;
  /** The date the reader typed in a deadline helper. */
  deadlineFrom(key: string): string;
  setDeadlineFrom(key: string, value: string): void;
  /** The deadline helper's result (./deadline-result.ts), once its chunk came; `loadDeadlines` starts loading it. */
  readonly deadlineResult: typeof deadlineResult | undefined;
  loadDeadlines(): void;
  /** Whether the deadline helper's load failed (its place then says so). */
  readonly deadlinesLoad: PieceLoad;
  /** The "report a mistake" address of a record, when the content gives one. */
  feedback(recordId: string): string | undefined;
  /** Opens a procedure inside the element (from the orientation's result or the list). */
  openProcedure(id: string): void;
  /** Every procedure, for related links and the list. */
  readonly procedures: readonly Procedure[];
}
