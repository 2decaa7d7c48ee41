import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { amountSchema, deadlineRuleSchema } from '../../../src/content/schema/common.js';
import { proceduresDataset } from '../../../src/content/schema/procedures.js';
import { validateDataset } from '../../../src/content/validate.js';

const SOURCE = 'https://dofi.ibz.be/en';

/** A procedures file of schema 1.0: no step fields, no amounts, no categories. */
const oldFile = {
  dataset: 'procedures',
  updated: '2026-11-20',
  start: 'q',
  procedures: [
    {
      id: 'p',
      title: { en: 'P' },
      summary: { en: 'S' },
      steps: [{ title: { en: 'One' }, text: { en: 'Do it.' } }],
      cost: { en: 'Free.' },
      reviewed: '2026-11-20',
    },
  ],
  questions: [{ id: 'q', question: { en: 'Q?' }, answers: [{ label: { en: 'Yes' }, procedures: ['p'] }] }],
};

describe('procedures schema 1.1', () => {
  it('still reads content of schema 1.0, with the new fields at their defaults', () => {
    const result = validateDataset(proceduresDataset, oldFile);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dropped).to.deep.equal([]);
    const step = result.data.procedures[0]!.steps[0]!;
    expect(step).to.deep.equal({ title: { en: 'One' }, text: { en: 'Do it.' }, documents: [], steps: [] });
    expect(result.data.questions[0]!.answers[0]!.categories).to.deep.equal([]);
  });

  it('reads steps with documents, sub-steps, amounts with dates, a deadline rule and their own sources', () => {
    const file = structuredClone(oldFile) as Record<string, unknown> & typeof oldFile;
    (file.procedures[0] as Record<string, unknown>).steps = [
      {
        title: { en: 'Apply' },
        documents: [{ en: 'Your passport' }],
        cost: { amounts: [{ value: 357, per: { en: 'per adult' }, validFrom: '2024-01-01', source: SOURCE }], note: { en: 'Minors are exempt.' } },
        deadline: { rule: { days: 30, from: { en: 'the day the decision was notified' }, source: SOURCE } },
        relation: 'and',
        optional: true,
        help: { label: { en: 'Ask' }, url: 'mailto:help@example.org' },
        reviewed: '2026-11-01',
        sources: [SOURCE],
        steps: [{ title: { en: 'Pay the fee' }, relation: 'or' }, { title: { en: 'Show you are exempt' } }],
      },
    ];
    const result = validateDataset(proceduresDataset, file);
    expect(result.ok && result.dropped).to.deep.equal([]);
    if (!result.ok) return;
    const step = result.data.procedures[0]!.steps[0]!;
    expect(step.cost!.amounts[0]).to.deep.equal({ value: 357, currency: 'EUR', per: { en: 'per adult' }, validFrom: '2024-01-01', source: SOURCE });
    expect(step.steps.map((sub) => sub.relation)).to.deep.equal(['or', undefined]);
  });

  it('refuses an amount without a source, a negative amount, a deadline that is not a whole number of days, and a deadline with neither rule nor text', () => {
    expect(z.safeParse(amountSchema, { value: 357 }).success).to.equal(false);
    expect(z.safeParse(amountSchema, { value: -1, source: SOURCE }).success).to.equal(false);
    expect(z.safeParse(amountSchema, { value: 357, currency: 'euro', source: SOURCE }).success).to.equal(false);
    expect(z.safeParse(deadlineRuleSchema, { days: 7.5, from: { en: 'x' }, source: SOURCE }).success).to.equal(false);
    expect(
      z.safeParse(deadlineRuleSchema, { days: 30, from: { en: 'x' }, source: SOURCE, lastDay: { moves: 'sometimes', source: SOURCE } }).success,
    ).to.equal(false);
    const file = structuredClone(oldFile);
    (file.procedures[0]!.steps[0] as Record<string, unknown>).deadline = {};
    const result = validateDataset(proceduresDataset, file);
    expect(result.ok && result.dropped.map((record) => record.problems.map((problem) => problem.path))).to.deep.equal([
      ['$.procedures[0].steps[0].deadline'],
    ]);
  });

  it('the example content validates whole, every record flagged example, every amount and deadline with its source', async () => {
    const file = (await (await fetch('/demo/content/procedures.json')).json()) as Record<string, unknown>;
    const result = validateDataset(proceduresDataset, file);
    expect(result.ok && result.dropped).to.deep.equal([]);
    if (!result.ok) return;
    for (const collection of ['topics', 'procedures', 'glossary', 'questions'] as const) {
      for (const record of result.data[collection]) expect(record.example, `${collection} ${record.id}`).to.equal(true);
    }
    const steps = result.data.procedures.flatMap((procedure) => procedure.steps.flatMap((step) => [step, ...step.steps]));
    for (const amount of steps.flatMap((step) => step.cost?.amounts ?? [])) expect(amount.source).to.match(/^https:\/\//);
    expect(steps.filter((step) => step.deadline?.rule).map((step) => step.deadline!.rule!.days)).to.deep.equal([8, 30, 30]);
    // No source here says how a last day on a weekend or holiday moves: the helper must say it does not know.
    expect(steps.some((step) => step.deadline?.rule?.lastDay)).to.equal(false);
  });
});
