import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentController } from '../../content/controller.js';
import { proceduresDataset } from '../../content/dataset-refs.js';
import type { Procedure, ProceduresData } from '../../content/schema/procedures.js';
import { FlOrientationFinishEvent, FlProcedureOpenEvent } from '../../events.js';
import { intlLocale } from '../../i18n/format.js';
import { feedbackHref } from '../../logic/feedback.js';
import { counsellorHref, outcomeOf, pathFromSearch, pathKey, urlWithPath } from '../../logic/orientation.js';
import { walk } from '../../logic/question-tree.js';
import { localDate } from '../../logic/zoned-time.js';
import { FlWidget } from '../base/fl-widget.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { LazyPiece } from '../controllers/lazy-piece.js';
import { UrlHistoryController } from '../controllers/url-history.js';
import { contentStatus } from '../parts/content-status.js';
import { moveFocus } from '../parts/focus.js';
import { heading } from '../parts/heading.js';
import { localizedBlock, localizedText } from '../parts/localized.js';
import { guardedRecord } from '../parts/record-guard.js';
import { disclaimerNote } from '../parts/status.js';
import { richText, type TermRenderer } from '../parts/rich-text.js';
import { styles } from './fl-procedure-explainer.styles.js';
import { renderOrientation, type OrientationView } from './orientation.js';
import { renderProcedure, renderUnknown } from './procedure.js';
import type { ExplainerView } from './view.js';

type Text = Readonly<Record<string, string>> | undefined;

/**
 * Residence procedures explained step by step, and a guided orientation. With `procedure="id"`: one
 * procedure as step-by-step navigation (each step a toggle whose name holds its number, costs and
 * deadlines shown without opening, collapsed text found by the browser's find-in-page, every step printed
 * open), its documents as a checklist, a deadline helper, the date it was last reviewed, its sources and a
 * "report a mistake" link. Without it: one question at a time, the answers listed and changeable, the path
 * in the page address, and a result that says why each procedure fits and offers a counsellor. Glossary
 * terms open their explanation in a popover. General information, not legal advice: the element says so.
 * Content: the `procedures` dataset.
 *
 * @summary Residence procedures step by step, and a guided orientation.
 * @tagname fl-procedure-explainer
 *
 * @fires fl-content-load - Content arrived (`dataset`, `schemaVersion`, `source`, `updated`).
 * @fires fl-content-error - Content could not be loaded or refreshed, or records were left out (`reason`, `paths`).
 * @fires fl-procedure-open - The reader opened a procedure from the orientation's result or a list (`procedure`).
 * @fires fl-orientation-finish - The reader reached the orientation's result (`procedures`, `categories`).
 *
 * @slot fallback - Shown when the content cannot be loaded at all: the host's own way to reach a counsellor.
 *
 * @csspart heading - The main heading.
 * @csspart disclaimer - "General information, not legal advice", from the content.
 * @csspart procedure - One procedure.
 * @csspart procedure-title - Its title, when it is not the main heading.
 * @csspart show-all - "Show all steps" / "Hide all steps".
 * @csspart steps - The list of steps.
 * @csspart step - One step.
 * @csspart step-heading - The heading of a step.
 * @csspart step-toggle - The button that opens or closes a step.
 * @csspart step-number - "Step 1".
 * @csspart step-facts - Cost and deadline, shown whether the step is open or not.
 * @csspart step-panel - What a step says when open.
 * @csspart substeps - The parts of a step.
 * @csspart connector - "and" / "or" between two steps.
 * @csspart checklist - The documents, to tick.
 * @csspart checklist-item - One document's checkbox.
 * @csspart cost - The amounts of a step with their sources.
 * @csspart deadline - The deadline of a step.
 * @csspart deadline-helper - The deadline helper.
 * @csspart deadline-input - Its date field.
 * @csspart deadline-result - The last day it computed.
 * @csspart deadline-confirm - "Ask a lawyer to confirm this date."
 * @csspart help-link - A step's "get help" link.
 * @csspart step-checked - When a step was last reviewed, and its sources.
 * @csspart checked - When the procedure was last reviewed, and its sources.
 * @csspart cautions - What to watch out for.
 * @csspart related - Related procedures.
 * @csspart related-link - One related procedure.
 * @csspart report-link - "Report a mistake on this page".
 * @csspart unknown - The message for a procedure id the content does not have.
 * @csspart procedure-list - The list of procedures under it.
 * @csspart procedure-link - A procedure to open, in a list or the result.
 * @csspart back-to-result - "Back to your results", above a procedure opened from the orientation.
 * @csspart orientation - The orientation.
 * @csspart answers - The answers given so far.
 * @csspart answers-heading - Their heading.
 * @csspart change - "Change" next to an answer.
 * @csspart progress - "Question 2".
 * @csspart question - The question shown.
 * @csspart question-heading - Its heading.
 * @csspart choice - One answer to pick.
 * @csspart missing - "Choose an answer to continue."
 * @csspart continue - "Continue".
 * @csspart back - "Back".
 * @csspart start-over - "Start over".
 * @csspart result - The orientation's result.
 * @csspart result-heading - Its heading.
 * @csspart result-list - The procedures that may fit.
 * @csspart result-item - One of them.
 * @csspart why - Why it fits: the answers that led to it.
 * @csspart counsellor - "Talk to a counsellor".
 * @csspart counsellor-heading - Its heading.
 * @csspart counsellor-link - The link to a counsellor.
 * @csspart term-trigger - A glossary term in the text (a button).
 * @csspart term-panel - Its explanation.
 * @csspart term-close - The explanation's close button.
 *
 * @cssproperty --fl-content-min-block-size - Height reserved while content loads (default 12rem), so the page does not jump.
 */
export class FlProcedureExplainer extends FlWidget {
  static override styles = styles;
  static override readonly translations = ['explainer'];

  /** The id of the procedure to explain; without it, the orientation shows. */
  @property() procedure?: string;

  /** Only procedures of this topic in lists (a topic id of the content). */
  @property() topic?: string;

  /** The id of the question the orientation starts at (default: the content's `start`). */
  @property() start?: string;

  /** Where readers find a counsellor: a page of the host, often one with `<fl-service-finder>` (the answers' service categories are added as `fl-category`). */
  @property({ attribute: 'counsellor-url' }) counsellorUrl?: string;

  /**
   * Keep the orientation's path in the page address (`?fl-path=0.1`), so that the browser's Back button
   * retraces it and a frontline worker can share it. Off by default: the host's address changes only when
   * it asks. A value is a prefix for the key (`sync-url="b"`: `fl-b-path`), for a second explainer on the page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private openSteps: ReadonlySet<string> = new Set();
  @state() private checks: ReadonlySet<string> = new Set();
  @state() private dates: ReadonlyMap<string, string> = new Map();
  /** A procedure the reader opened inside the element (from the result or a list). */
  @state() private opened: string | undefined;
  /** The orientation: every answer given (index per question), and how many of them are in force. */
  @state() private answers: readonly number[] = [];
  @state() private position = 0;
  @state() private selection: number | undefined;
  @state() private missing = false;

  /** The procedures content: status, data, stale, example, retry(). */
  readonly content = new ContentController(this, proceduresDataset, {
    // What the list of procedures formats (src/i18n/warm-up.ts).
    formatting: ['clock', 'content-date', 'language-name', 'money'],
  });
  private readonly announcer = new LiveAnnouncer(this);
  /** The deadline helper's counting and sentences: a chunk loaded when a reader first goes to a date field. */
  private readonly deadlines = new LazyPiece(this, 'the deadline helper', async () => (await import('./deadline-result.js')).deadlineResult);
  private readonly url = new UrlHistoryController<readonly number[]>(
    this,
    {
      read: (search, defaults, prefix) => (pathFromSearch(search, pathKey(prefix)).length > 0 ? pathFromSearch(search, pathKey(prefix)) : defaults),
      write: (href, path, _defaults, prefix) => urlWithPath(href, pathKey(prefix), path),
    },
    () => this.syncUrl && !this.procedure,
    () => this.getAttribute('sync-url') ?? '',
  );
  private started = false;
  private finishedFor = '';

  constructor() {
    super();
    this.url.followHistory(() => this.readPath());
  }

  private readPath(): void {
    const path = this.url.initial([]);
    this.answers = path.length > 0 && path.every((answer, i) => this.answers[i] === answer) ? this.answers : path;
    this.position = path.length;
    this.selection = this.answers[this.position];
    this.missing = false;
    this.opened = undefined;
    this.afterRender(() => this.focusCurrent());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started && !this.procedure) {
      this.started = true;
      const path = this.url.initial([]);
      this.answers = path;
      this.position = path.length;
    }
    if (changed.has('procedure')) this.opened = undefined;
  }

  override render(): TemplateResult {
    const data = this.content.data;
    const shown = data && this.content.status !== 'error';
    const procedure = shown ? this.shownProcedure(data) : undefined;
    const title = procedure && !this.opened ? this.pickText(procedure.title)?.text : undefined;
    const main =
      title ??
      (this.procedure
        ? msg('Procedure explained', { id: 'explainer.title-procedure' })
        : msg('Find the procedures that may fit your situation', { id: 'explainer.title' }));
    return html`<div class="header">${heading(this.level(), main)}${this.renderLanguagePicker()}</div>
      ${contentStatus(this.content, { locale: intlLocale(this.locale) })} ${this.announcer.render()}
      ${shown ? this.renderData(data) : nothing}`;
  }

  private shownProcedure(data: ProceduresData): Procedure | undefined {
    const id = this.opened ?? this.procedure;
    return id ? data.procedures.find((p) => p.id === id) : undefined;
  }

  private listed(data: ProceduresData): Procedure[] {
    return this.topic ? data.procedures.filter((p) => p.topics.includes(this.topic!)) : data.procedures;
  }

  private renderData(data: ProceduresData): TemplateResult {
    const view = this.view(data);
    const disclaimer = data.disclaimer ? disclaimerNote(view.rich(data.disclaimer)) : nothing;
    const procedure = this.shownProcedure(data);
    if (this.opened && procedure) {
      return html`${disclaimer}
        <p><button type="button" class="fl-link-button" part="back-to-result" @click=${this.onCloseProcedure}>${this.procedure ? msg('Back', { id: 'explainer.back' }) : msg('Back to your results', { id: 'explainer.back-to-result' })}</button></p>
        ${guardedRecord(() => renderProcedure(procedure, 1, view), `the procedure "${procedure.id}"`)}`;
    }
    if (this.procedure) {
      return html`${disclaimer}${
        procedure
          ? guardedRecord(() => renderProcedure(procedure, 0, view), `the procedure "${procedure.id}"`)
          : renderUnknown(this.procedure, this.listed(data), view)
      }`;
    }
    return html`${disclaimer}${guardedRecord(() => renderOrientation(this.orientationView(data, view)), 'the orientation')}`;
  }

  private orientationView(data: ProceduresData, view: ExplainerView): OrientationView {
    const tree = { start: this.start ?? data.start, questions: data.questions };
    const steps = walk(tree, this.answers.slice(0, this.position));
    const outcome = outcomeOf(steps);
    const categories = [...new Set([...outcome.categories, ...(data.counsellor?.categories ?? [])])];
    return {
      ...view,
      steps,
      outcome,
      selection: this.selection ?? this.answers[steps.length - 1],
      missing: this.missing,
      counsellorHref: this.counsellorUrl ? counsellorHref(this.counsellorUrl, categories) : data.counsellor?.link?.url,
      counsellorText: data.counsellor?.text,
      select: (answer) => {
        this.selection = answer;
        this.missing = false;
      },
      next: () => this.next(steps.length - 1, data),
      back: () => this.move(Math.max(0, steps.length - 2)),
      change: (position) => this.move(position),
      restart: () => {
        this.answers = [];
        this.move(0);
      },
    };
  }

  private next(position: number, data: ProceduresData): void {
    const choice = this.selection ?? this.answers[position];
    if (choice === undefined) {
      this.missing = true;
      this.afterRender(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus());
      return;
    }
    const keep = choice === this.answers[position] ? this.answers.slice(position + 1) : [];
    this.answers = [...this.answers.slice(0, position), choice, ...keep];
    this.move(position + 1);
    const outcome = outcomeOf(walk({ start: this.start ?? data.start, questions: data.questions }, this.answers.slice(0, this.position)));
    const signature = this.answers.slice(0, this.position).join('.');
    if (outcome.finished && signature !== this.finishedFor) {
      this.finishedFor = signature;
      this.dispatchEvent(
        new FlOrientationFinishEvent(
          outcome.procedures.map((p) => p.id),
          outcome.categories,
        ),
      );
    }
  }

  private move(position: number): void {
    this.position = position;
    this.selection = this.answers[position];
    this.missing = false;
    this.url.push(this.answers.slice(0, position), []);
    this.afterRender(() => this.focusCurrent());
  }

  /** Focus to the question shown, or to the result's heading. */
  private focusCurrent(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#question-heading, #result-heading');
    if (target) moveFocus(target);
  }

  private onCloseProcedure = (): void => {
    this.opened = undefined;
    this.afterRender(() => this.focusCurrent());
  };

  private view(data: ProceduresData): ExplainerView {
    const glossary = new Map(data.glossary.map((term) => [term.id, term]));
    const term: TermRenderer = (id, label) => {
      const entry = glossary.get(id);
      const definition = this.pickText(entry?.definition);
      if (!entry || !definition) return label;
      return html`<fl-term definition-lang=${definition.lang}>${label}<span slot="definition" lang=${definition.lang}>${richText(definition.text, { inline: true })}</span></fl-term>`;
    };
    const procedure = this.shownProcedure(data);
    const keys = procedure ? procedure.steps.map((_, i) => `${procedure.id}-${i}`) : [];
    const rich = (text: Text, className = '', seen?: Set<string>): unknown => {
      const picked = this.pickText(text);
      if (!picked) return nothing;
      if (className === 'inline') return localizedText(picked, 'span', '', (t) => richText(t, { inline: true, term }));
      return localizedBlock(picked, className, (t) => richText(t, { term }), seen);
    };
    return {
      ...this.renderContext(),
      today: localDate(this.clockNow()),
      rich,
      line: (text) => localizedText(this.pickText(text)),
      isOpen: (key) => this.openSteps.has(key),
      setOpen: (key, open) => {
        const next = new Set(this.openSteps);
        if (open) next.add(key);
        else next.delete(key);
        this.openSteps = next;
      },
      allOpen: keys.length > 0 && keys.every((key) => this.openSteps.has(key)),
      toggleAll: () => {
        const all = keys.every((key) => this.openSteps.has(key));
        const next = new Set(this.openSteps);
        for (const key of keys) {
          if (all) next.delete(key);
          else next.add(key);
        }
        this.openSteps = next;
        this.announcer.announce(
          this.inLocale(() =>
            all ? msg('All steps hidden', { id: 'explainer.all-hidden' }) : msg('All steps shown', { id: 'explainer.all-shown' }),
          ),
        );
      },
      isChecked: (key) => this.checks.has(key),
      setChecked: (key, checked) => {
        const next = new Set(this.checks);
        if (checked) next.add(key);
        else next.delete(key);
        this.checks = next;
      },
      deadlineFrom: (key) => this.dates.get(key) ?? '',
      setDeadlineFrom: (key, value) => {
        void this.deadlines.load();
        this.dates = new Map(this.dates).set(key, value);
      },
      deadlineResult: this.deadlines.value,
      loadDeadlines: () => void this.deadlines.load(),
      deadlinesLoad: this.deadlines,
      feedback: (id) =>
        feedbackHref(
          data.feedback,
          id,
          this.inLocale(() => msg('A mistake in', { id: 'explainer.report-subject' })),
        ),
      openProcedure: (id) => {
        this.opened = id;
        this.dispatchEvent(new FlProcedureOpenEvent(id));
        this.afterRender(() => {
          const target = this.renderRoot.querySelector<HTMLElement>('[part~="procedure-title"]');
          if (target) moveFocus(target);
        });
      },
      procedures: data.procedures,
    };
  }
}
