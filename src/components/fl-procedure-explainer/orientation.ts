import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { OrientationQuestion, Procedure } from '../../content/schema/procedures.js';
import type { Outcome } from '../../logic/orientation.js';
import type { WalkStep } from '../../logic/question-tree.js';
import { heading } from '../parts/heading.js';
import { forName } from '../parts/localized.js';
import type { ExplainerView } from './view.js';

/** What the orientation's render pieces get beyond the explainer's view. */
export interface OrientationView extends ExplainerView {
  /** The questions asked so far; the last one is shown unless the walk is finished. */
  readonly steps: readonly WalkStep[];
  readonly outcome: Outcome;
  /** The answer picked on the question shown (before Continue). */
  readonly selection: number | undefined;
  /** "Choose an answer" shows. */
  readonly missing: boolean;
  /** The counsellor's link (the host's `counsellor-url` with the categories, or the content's link). */
  readonly counsellorHref: string | undefined;
  readonly counsellorText: Readonly<Record<string, string>> | undefined;
  select(answer: number): void;
  next(): void;
  back(): void;
  change(position: number): void;
  restart(): void;
}

function answersGiven(view: OrientationView): TemplateResult | typeof nothing {
  const given = view.steps.filter((step) => step.answer !== undefined);
  if (given.length === 0) return nothing;
  return html`<div class="answers" part="answers">
    ${heading(view.level(1), msg('Your answers', { id: 'explainer.answers' }), 'answers-heading')}
    <dl>
      ${given.map(
        (step, k) => html`<div class="answer">
          <dt>${view.line(step.question.question)}</dt>
          <dd>
            ${view.line(step.answer!.label)}
            <button type="button" class="fl-link-button" part="change" @click=${() => view.change(k)}>
              ${forName(view.line(step.question.question))}${msg('Change', { id: 'explainer.change' })}
            </button>
          </dd>
        </div>`,
      )}
    </dl>
  </div>`;
}

function question(step: WalkStep, position: number, view: OrientationView): TemplateResult {
  const q: OrientationQuestion = step.question;
  return html`<form class="question" part="question" novalidate @submit=${(event: Event) => {
    event.preventDefault();
    view.next();
  }}>
    <fieldset aria-describedby=${view.missing ? 'missing' : nothing}>
      <legend>${heading(view.level(1), view.line(q.question), 'question-heading', 'question-heading')}</legend>
      ${q.help ? view.rich(q.help, 'hint') : nothing}
      ${view.missing ? html`<p class="missing" id="missing" part="missing" role="alert">${msg('Choose an answer to continue.', { id: 'explainer.missing' })}</p>` : nothing}
      ${q.answers.map(
        (answer, i) => html`<label class="choice" part="choice">
          <input type="radio" name="answer-${position}" .value=${String(i)} .checked=${view.selection === i} @change=${() => view.select(i)} />
          ${view.line(answer.label)}
        </label>`,
      )}
    </fieldset>
    <div class="actions">
      <button type="submit" class="fl-button fl-button--primary" part="continue">${msg('Continue', { id: 'explainer.continue' })}</button>
      ${position > 0 ? html`<button type="button" class="fl-button" part="back" @click=${() => view.back()}>${msg('Back', { id: 'explainer.back' })}</button>` : nothing}
    </div>
  </form>`;
}

function result(view: OrientationView): TemplateResult {
  const { outcome } = view;
  const procedure = (id: string) => view.procedures.find((p) => p.id === id);
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    ${heading(view.level(1), msg('What may fit your situation', { id: 'explainer.result' }), 'result-heading', 'result-heading')}
    ${
      outcome.procedures.length > 0
        ? html`<ul class="result-list" part="result-list">
          ${outcome.procedures.map(({ id, reasons }) => {
            const p: Procedure | undefined = procedure(id);
            if (!p) return nothing;
            return html`<li class="result-item" part="result-item">
              <p class="result-title"><button type="button" class="fl-link-button" part="procedure-link" @click=${() => view.openProcedure(id)}>${view.line(p.title)}</button></p>
              ${view.rich(p.summary, 'summary')}
              <p class="why" part="why">${msg('Why:', { id: 'explainer.why' })}
                ${reasons.map((reason, i) => {
                  const answer = reason.answer.label;
                  return html`${i > 0 ? '; ' : nothing}${msg('you answered', { id: 'explainer.you-answered' })} “${view.line(answer)}” (${view.line(reason.question.question)})`;
                })}</p>
            </li>`;
          })}
        </ul>`
        : html`<p>${msg('Your answers do not point to one procedure. A counsellor can look at your situation with you.', { id: 'explainer.result.none' })}</p>`
    }
    ${outcome.notes.map((given) => view.rich(given.answer.note, 'note'))}
    <div class="counsellor" part="counsellor">
      ${heading(view.level(2), msg('Talk to a counsellor', { id: 'explainer.counsellor' }), 'counsellor-heading')}
      ${view.counsellorText ? view.rich(view.counsellorText) : html`<p>${msg('Every situation is different: a counsellor can look at yours with you.', { id: 'explainer.counsellor.text' })}</p>`}
      ${view.counsellorHref ? html`<p><a class="fl-button fl-button--primary" part="counsellor-link" href=${view.counsellorHref}>${msg('Find a counsellor near you', { id: 'explainer.counsellor.link' })}</a></p>` : nothing}
    </div>
  </section>`;
}

/** The orientation: the answers so far, then one question at a time or the result; "Start over" always there. */
export function renderOrientation(view: OrientationView): TemplateResult {
  const current = view.steps[view.steps.length - 1];
  const finished = view.outcome.finished;
  const position = view.steps.length - 1;
  const count = position + 1;
  return html`<div class="orientation" part="orientation">
    ${answersGiven(view)}
    ${current && !finished ? html`<p class="progress" part="progress">${msg(str`Question ${count}`, { id: 'explainer.question-number' })}</p>${question(current, position, view)}` : nothing}
    ${finished ? result(view) : nothing}
    <p class="start-over"><button type="button" class="fl-button" part="start-over" @click=${() => view.restart()}>${msg('Start over', { id: 'explainer.start-over' })}</button></p>
  </div>`;
}
