import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Procedure, ProcedureStep, SubStep } from '../../content/schema/procedures.js';
import { checked } from '../parts/facts.js';
import { heading } from '../parts/heading.js';
import { noteOnce } from '../parts/localized.js';
import { costDetails, deadlineDetails, stepFacts } from './step-facts.js';
import type { ExplainerView } from './view.js';

/** "and" / "or" between two steps: words in the text, never a heading of their own. */
function connector(relation: 'and' | 'or' | undefined): TemplateResult | typeof nothing {
  if (!relation) return nothing;
  return html`<p class="connector" part="connector">${relation === 'and' ? msg('and', { id: 'explainer.and' }) : msg('or', { id: 'explainer.or' })}</p>`;
}

/** The documents of a step as a checklist the reader can tick (kept in the page only). */
function checklist(step: ProcedureStep | SubStep, key: string, view: ExplainerView): TemplateResult | typeof nothing {
  if (step.documents.length === 0) return nothing;
  return html`<fieldset class="checklist" part="checklist">
    <legend>${msg('Documents', { id: 'explainer.documents' })}</legend>
    <p class="hint">${msg('Tick what you have. Your ticks stay on this page only.', { id: 'explainer.documents.hint' })}</p>
    ${step.documents.map((document, i) => {
      const item = `${key}-doc-${i}`;
      return html`<label class="check">
        <input type="checkbox" part="checklist-item" .checked=${view.isChecked(item)} @change=${(event: Event) => view.setChecked(item, (event.currentTarget as HTMLInputElement).checked)} />
        ${view.line(document)}
      </label>`;
    })}
  </fieldset>`;
}

/** What a step or a sub-step says when open: text, where, documents, cost, deadline, help. */
function stepBody(step: ProcedureStep | SubStep, key: string, explainer: ExplainerView): TemplateResult {
  // "This text is not available in Arabic..." once per step, not before each of its paragraphs.
  const view = noteOnce(explainer);
  return html`${view.rich(step.text)}
    ${step.where ? html`<div class="where"><p class="label">${msg('Where', { id: 'explainer.where' })}</p>${view.rich(step.where)}</div>` : nothing}
    ${checklist(step, key, view)} ${costDetails(step, view)} ${deadlineDetails(step, key, view)}
    ${step.help ? html`<p class="help"><a part="help-link" href=${step.help.url} rel="noopener noreferrer">${view.line(step.help.label)}</a></p>` : nothing}
    ${checked(step.reviewed, step.sources, view.locale, 'step-checked')}`;
}

function subSteps(step: ProcedureStep, key: string, view: ExplainerView): TemplateResult | typeof nothing {
  if (step.steps.length === 0) return nothing;
  return html`<ul class="substeps" part="substeps">
    ${step.steps.map(
      (sub, j) => html`<li class="substep">
        <p class="substep-title">${view.line(sub.title)}${sub.optional ? html` <span class="optional">${msg('(if it applies to you)', { id: 'explainer.optional' })}</span>` : nothing}</p>
        ${stepFacts(sub, view)} ${stepBody(sub, `${key}-${j}`, view)} ${j < step.steps.length - 1 ? connector(sub.relation) : nothing}
      </li>`,
    )}
  </ul>`;
}

function renderStep(step: ProcedureStep, index: number, last: boolean, procedure: Procedure, depth: number, view: ExplainerView): TemplateResult {
  const key = `${procedure.id}-${index}`;
  const open = view.isOpen(key);
  const number = index + 1;
  const toggle = html`<button
    type="button"
    class="step-toggle"
    part="step-toggle"
    id=${`toggle-${key}`}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${`panel-${key}`}
    @click=${() => view.setOpen(key, !open)}
  >
    <span class="step-number" part="step-number">${msg(str`Step ${number}`, { id: 'explainer.step' })}<span class="fl-visually-hidden">: </span></span>
    <span class="step-title">${view.line(step.title)}</span>${step.optional ? html` <span class="optional">${msg('(if it applies to you)', { id: 'explainer.optional' })}</span>` : nothing}
  </button>`;
  return html`<li class="step" part="step" data-step=${number}>
    ${heading(view.level(depth + 1), toggle, 'step-heading')} ${stepFacts(step, view)}
    <div
      class="step-panel"
      part="step-panel"
      id=${`panel-${key}`}
      .hidden=${open ? false : 'until-found'}
      @beforematch=${() => view.setOpen(key, true)}
    >
      <div class="step-body">${stepBody(step, key, view)} ${subSteps(step, key, view)}</div>
    </div>
    ${last ? nothing : connector(step.relation)}
  </li>`;
}

/** One procedure, step by step: its title at `depth` (0: the element's main heading), steps one level below. */
export function renderProcedure(procedure: Procedure, depth: number, explainer: ExplainerView): TemplateResult {
  // Once for the procedure's own texts (each step says it again for its own, if it needs to).
  const view = noteOnce(explainer);
  const related = procedure.related
    .map((id) => view.procedures.find((candidate) => candidate.id === id))
    .filter((p): p is Procedure => p !== undefined);
  const report = view.feedback(procedure.id);
  return html`<article class="procedure" part="procedure" data-procedure=${procedure.id}>
    ${depth > 0 ? heading(view.level(depth), view.line(procedure.title), 'procedure-title') : nothing}
    ${view.rich(procedure.summary, 'summary')}
    ${procedure.forWhom ? html`<div class="for-whom"><p class="label">${msg('Who it is for', { id: 'explainer.for-whom' })}</p>${view.rich(procedure.forWhom)}</div>` : nothing}
    ${procedure.conditions ? html`<div class="conditions"><p class="label">${msg('Conditions', { id: 'explainer.conditions' })}</p>${view.rich(procedure.conditions)}</div>` : nothing}
    ${
      procedure.steps.length > 0
        ? html`<p class="show-all">
            <button type="button" class="fl-button" part="show-all" aria-expanded=${view.allOpen ? 'true' : 'false'} @click=${() => view.toggleAll()}>
              ${view.allOpen ? msg('Hide all steps', { id: 'explainer.hide-all' }) : msg('Show all steps', { id: 'explainer.show-all' })}
            </button>
          </p>
          <ol class="steps" part="steps">
            ${procedure.steps.map((step, i) => renderStep(step, i, i === procedure.steps.length - 1, procedure, depth, view))}
          </ol>`
        : nothing
    }
    ${procedure.cost ? html`<div class="cost-text"><p class="label">${msg('What it costs', { id: 'explainer.cost.title' })}</p>${view.rich(procedure.cost)}</div>` : nothing}
    ${procedure.cautions ? html`<div class="cautions" part="cautions">${view.rich(procedure.cautions)}</div>` : nothing}
    ${
      related.length > 0
        ? html`<div class="related" part="related">
          <p class="label">${msg('Related procedures', { id: 'explainer.related' })}</p>
          <ul>${related.map((other) => html`<li><button type="button" class="fl-link-button" part="related-link" @click=${() => view.openProcedure(other.id)}>${view.line(other.title)}</button></li>`)}</ul>
        </div>`
        : nothing
    }
    ${checked(procedure.reviewed, procedure.sources, view.locale, 'checked')}
    ${report ? html`<p class="report"><a part="report-link" href=${report} rel="noopener noreferrer">${msg('Report a mistake on this page', { id: 'explainer.report' })}</a></p>` : nothing}
  </article>`;
}

/** An id the content does not have: say so, and list what there is. */
export function renderUnknown(id: string, procedures: readonly Procedure[], view: ExplainerView): TemplateResult {
  return html`<div class="unknown" part="unknown">
    <p><strong>${msg(str`There is no explanation for "${id}" here.`, { id: 'explainer.unknown' })}</strong></p>
    ${
      procedures.length > 0
        ? html`<p>${msg('These procedures are explained:', { id: 'explainer.unknown.list' })}</p>
          <ul class="procedure-list" part="procedure-list">
            ${procedures.map((p) => html`<li><button type="button" class="fl-link-button" part="procedure-link" @click=${() => view.openProcedure(p.id)}>${view.line(p.title)}</button> ${view.rich(p.summary, 'summary')}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
