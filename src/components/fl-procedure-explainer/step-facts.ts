import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Amount, DeadlineRule } from '../../content/schema/common.js';
import type { ProcedureStep, SubStep } from '../../content/schema/procedures.js';
import { amountsOn } from '../../logic/amounts.js';
import { amountLine, sourceLink } from '../parts/facts.js';
import { pieceLoading } from '../parts/status.js';
import type { ExplainerView } from './view.js';

/** "Deadline: 30 days from the day the decision was notified to you", "8 working days from ...". */
function ruleLine(rule: DeadlineRule, view: ExplainerView): TemplateResult {
  const days = rule.days;
  const count =
    rule.unit === 'working-days'
      ? msg(str`${days} working days from`, { id: 'explainer.deadline.working-days-from' })
      : msg(str`${days} days from`, { id: 'explainer.deadline.days-from' });
  return html`${count} ${view.line(rule.from)}`;
}

/** The cost and deadline of a step, shown under its title whether it is open or not. */
export function stepFacts(step: ProcedureStep | SubStep, view: ExplainerView): TemplateResult | typeof nothing {
  const amounts = step.cost ? amountsOn(step.cost.amounts, view.today).current : [];
  const cost = step.cost
    ? amounts.length > 0
      ? html`${amounts.map((amount, i) => html`${i > 0 ? '; ' : nothing}${amountLine(amount, view)}`)}`
      : msg('no current amount is given: see this step', { id: 'explainer.cost.see-step' })
    : undefined;
  const deadline = step.deadline ? (step.deadline.rule ? ruleLine(step.deadline.rule, view) : view.rich(step.deadline.text, 'inline')) : undefined;
  if (cost === undefined && deadline === undefined) return nothing;
  return html`<dl class="step-facts" part="step-facts">
    ${cost !== undefined ? html`<div><dt>${msg('Cost', { id: 'explainer.cost' })}</dt><dd>${cost}</dd></div>` : nothing}
    ${deadline !== undefined ? html`<div><dt>${msg('Deadline', { id: 'explainer.deadline' })}</dt><dd>${deadline}</dd></div>` : nothing}
  </dl>`;
}

/** Inside an open step: every amount with its source, earlier ones, and the cost's note. */
export function costDetails(step: ProcedureStep | SubStep, view: ExplainerView): TemplateResult | typeof nothing {
  const cost = step.cost;
  if (!cost) return nothing;
  const { current, earlier, later } = amountsOn(cost.amounts, view.today);
  const row = (amount: Amount) =>
    html`<li>${amountLine(amount, view)} (${msg('source', { id: 'explainer.source' })}: ${sourceLink(amount.source)})</li>`;
  return html`<div class="cost" part="cost">
    <p class="label">${msg('What it costs', { id: 'explainer.cost.title' })}</p>
    ${current.length > 0 ? html`<ul>${current.map(row)}</ul>` : nothing}
    ${later.length > 0 ? html`<p>${msg('Announced:', { id: 'explainer.cost.later' })}</p><ul>${later.map(row)}</ul>` : nothing}
    ${earlier.length > 0 ? html`<p>${msg('Before:', { id: 'explainer.cost.earlier' })}</p><ul>${earlier.map(row)}</ul>` : nothing}
    ${view.rich(cost.note)}
  </div>`;
}

/** Inside an open step: the deadline in words, and the helper that counts it from a date the reader enters. */
export function deadlineDetails(step: ProcedureStep | SubStep, key: string, view: ExplainerView): TemplateResult | typeof nothing {
  const deadline = step.deadline;
  if (!deadline) return nothing;
  const rule = deadline.rule;
  const id = `deadline-${key}`;
  const days = rule?.days ?? 0;
  return html`<div class="deadline" part="deadline">
    <p class="label">${msg('Deadline', { id: 'explainer.deadline' })}</p>
    ${view.rich(deadline.text)}
    ${
      rule
        ? html`<div class="deadline-helper" part="deadline-helper" role="group" aria-labelledby=${`${id}-label`}>
          <label id=${`${id}-label`} for=${id}>${msg('Date it counts from', { id: 'explainer.deadline.input' })}</label>
          <p class="hint" id=${`${id}-hint`}>${ruleLine(rule, view)}</p>
          <input id=${id} class="fl-control" part="deadline-input" type="date" aria-describedby=${`${id}-hint`} @focus=${() => view.loadDeadlines()}
            .value=${view.deadlineFrom(key)} @change=${(event: Event) => view.setDeadlineFrom(key, (event.currentTarget as HTMLInputElement).value)} />
          <div class="deadline-result" part="deadline-result" aria-live="polite">${view.deadlineFrom(key) ? (view.deadlineResult?.(rule, view.deadlineFrom(key), view) ?? pieceLoading(view.deadlinesLoad)) : nothing}</div>
          <p class="rule">
            ${
              rule.unit === 'working-days'
                ? msg(
                    str`How it is counted: Saturdays, Sundays and Belgian public holidays do not count; day 1 is the first working day after; working day ${days} is the last day.`,
                    { id: 'explainer.deadline.rule-working' },
                  )
                : msg(str`How it is counted: day 1 is the day after; day ${days} is the last day.`, { id: 'explainer.deadline.rule' })
            }
            ${msg('Source', { id: 'explainer.source-title' })}: ${sourceLink(rule.source)}${
              rule.lastDay
                ? html`; ${
                    rule.lastDay.moves === 'next-working-day'
                      ? msg('a last day on a weekend or public holiday moves to the next working day', { id: 'explainer.deadline.rule-moves' })
                      : msg('a last day on a weekend or public holiday does not move', { id: 'explainer.deadline.rule-stays' })
                  }
                  (${sourceLink(rule.lastDay.source)})`
                : nothing
            }.
          </p>
          <p class="confirm" part="deadline-confirm"><strong>${msg('Ask a lawyer to confirm this date.', { id: 'explainer.deadline.confirm' })}</strong></p>
        </div>`
        : nothing
    }
  </div>`;
}
