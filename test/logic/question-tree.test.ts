import { expect } from '@open-wc/testing';
import type { OrientationAnswer, OrientationQuestion } from '../../src/content/schema/procedures.js';
import {
  cycles,
  deadEnds,
  findQuestion,
  isDeadEnd,
  nextQuestions,
  questionIndex,
  reachable,
  startQuestion,
  unreachable,
  walk,
  type QuestionTree,
} from '../../src/logic/question-tree.js';

/** An answer that leads to the next question `next`, to procedures, or to a note. */
function answer(lead: { next?: string; procedures?: string[]; note?: string } = {}): OrientationAnswer {
  return {
    label: { en: 'An answer' },
    procedures: lead.procedures ?? [],
    categories: [],
    ...(lead.next !== undefined ? { next: lead.next } : {}),
    ...(lead.note !== undefined ? { note: { en: lead.note } } : {}),
  };
}

function question(id: string, ...answers: OrientationAnswer[]): OrientationQuestion {
  return { id, question: { en: `Question ${id}?` }, answers };
}

/** order -> (yes) appeal | (no) children -> (yes) family | (no) note. */
const tree: QuestionTree = {
  start: 'order',
  questions: [
    question('order', answer({ next: 'appeal' }), answer({ next: 'children' })),
    question('appeal', answer({ procedures: ['appeal'] }), answer({ procedures: ['icam-coaching'], next: 'children' })),
    question('children', answer({ procedures: ['family-reunification'] }), answer({ note: 'Ask a social worker.' })),
  ],
};

describe('question tree', () => {
  it('finds questions by id, and the start question', () => {
    expect(questionIndex(tree)).to.deep.equal(
      new Map([
        ['order', 0],
        ['appeal', 1],
        ['children', 2],
      ]),
    );
    expect(findQuestion(tree, 'children')).to.deep.include({ index: 2, path: '$.questions[2]' });
    expect(findQuestion(tree, 'nowhere')).to.equal(undefined);
    expect(startQuestion(tree)?.question.id).to.equal('order');
    expect(startQuestion({ questions: tree.questions })).to.equal(undefined);
    expect(startQuestion({ start: 'typo', questions: tree.questions })).to.equal(undefined);
  });

  it('lists the answers that lead to another question', () => {
    expect(nextQuestions(tree, 0)).to.deep.equal([
      { answer: 0, target: 1 },
      { answer: 1, target: 2 },
    ]);
    expect(nextQuestions(tree, 1)).to.deep.equal([{ answer: 1, target: 2 }]);
    expect(nextQuestions(tree, 2)).to.deep.equal([]);
    expect(nextQuestions(tree, 9)).to.deep.equal([]);
  });

  it('walks from the start question along the answers chosen', () => {
    const ids = (choices: number[]) => walk(tree, choices).map((step) => [step.question.id, step.chosen]);
    expect(ids([])).to.deep.equal([['order', undefined]]);
    expect(ids([1])).to.deep.equal([
      ['order', 1],
      ['children', undefined],
    ]);
    const done = walk(tree, [0, 0]);
    expect(done.map((step) => step.question.id)).to.deep.equal(['order', 'appeal']);
    expect(done.at(-1)!.answer!.procedures).to.deep.equal(['appeal']);
    // Choices after an answer that leads to no question are not used; an answer that does not exist stops the walk.
    expect(walk(tree, [0, 0, 1, 1])).to.have.length(2);
    expect(ids([0, 5])).to.deep.equal([
      ['order', 0],
      ['appeal', undefined],
    ]);
    expect(walk({ questions: tree.questions }, [0])).to.deep.equal([]);
  });

  it('stops a walk before a question already asked', () => {
    const circle: QuestionTree = { start: 'a', questions: [question('a', answer({ next: 'b' })), question('b', answer({ next: 'a' }))] };
    expect(walk(circle, [0, 0, 0, 0]).map((step) => step.question.id)).to.deep.equal(['a', 'b']);
  });

  it('finds the questions the start question leads to, and those it does not', () => {
    expect([...reachable(tree)].sort()).to.deep.equal([0, 1, 2]);
    const forgotten: QuestionTree = { ...tree, questions: [...tree.questions, question('forgotten', answer({ procedures: ['x'] }))] };
    expect(unreachable(forgotten).map(({ question: q, index, path }) => [q.id, index, path])).to.deep.equal([['forgotten', 3, '$.questions[3]']]);
    // Without a start question that exists, every question is a root: nothing is unreachable.
    expect(unreachable({ questions: forgotten.questions })).to.deep.equal([]);
    expect(reachable({ start: 'typo', questions: forgotten.questions }).size).to.equal(4);
  });

  it('finds answers that lead nowhere', () => {
    expect(isDeadEnd({})).to.equal(true);
    expect(isDeadEnd({ procedures: [], note: {} })).to.equal(true);
    expect(isDeadEnd({ next: 'a' })).to.equal(false);
    expect(isDeadEnd({ procedures: ['a'] })).to.equal(false);
    expect(isDeadEnd({ categories: ['legal-aid'] })).to.equal(false);
    expect(isDeadEnd({ categories: [] })).to.equal(true);
    expect(isDeadEnd({ note: { en: 'Call us.' } })).to.equal(false);
    expect(deadEnds(tree)).to.deep.equal([]);
    const ends = deadEnds({ start: 'a', questions: [question('a', answer({ next: 'b' }), answer()), { answers: [{}] }] });
    expect(ends).to.deep.equal([
      { id: 'a', question: 0, answer: 1, path: '$.questions[0].answers[1]' },
      { question: 1, answer: 0, path: '$.questions[1].answers[0]' },
    ]);
  });

  it('finds the answers that close a circle, with the circle', () => {
    expect(cycles(tree)).to.deep.equal([]);
    const circle: QuestionTree = {
      start: 'a',
      questions: [
        question('a', answer({ next: 'b' })),
        question('b', answer({ next: 'c' }), answer({ procedures: ['x'] })),
        question('c', answer({ next: 'a' }), answer({ next: 'c' })),
      ],
    };
    expect(cycles(circle)).to.deep.equal([
      { id: 'c', question: 2, answer: 0, next: 'a', path: '$.questions[2].answers[0].next', loop: ['a', 'b', 'c', 'a'] },
      { id: 'c', question: 2, answer: 1, next: 'c', path: '$.questions[2].answers[1].next', loop: ['c', 'c'] },
    ]);
  });

  it('looks for circles from every question when there is no start question', () => {
    const questions = [question('a', answer({ procedures: ['x'] })), question('b', answer({ next: 'c' })), question('c', answer({ next: 'b' }))];
    expect(cycles({ questions }).map((cycle) => cycle.loop)).to.deep.equal([['b', 'c', 'b']]);
    // With a start question, a circle no path reaches is not one a reader meets (the questions are reported as never asked).
    expect(cycles({ start: 'a', questions })).to.deep.equal([]);
  });

  it('ignores a second question with the same id, and a next that names no question', () => {
    const twice: QuestionTree = {
      start: 'a',
      questions: [question('a', answer({ next: 'missing' }), answer({ procedures: ['x'] })), question('a', answer({ next: 'a' }))],
    };
    expect(questionIndex(twice).get('a')).to.equal(0);
    expect(nextQuestions(twice, 0)).to.deep.equal([]);
    expect(cycles(twice)).to.deep.equal([]);
    expect(walk(twice, [0]).map((step) => step.index)).to.deep.equal([0]);
  });
});
