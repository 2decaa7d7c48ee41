import { expect } from '@open-wc/testing';
import type { OrientationAnswer, OrientationQuestion } from '../../src/content/schema/procedures.js';
import { counsellorHref, outcomeOf, pathFromSearch, pathKey, urlWithPath } from '../../src/logic/orientation.js';
import { walk, type QuestionTree } from '../../src/logic/question-tree.js';

const answer = (label: string, lead: Partial<OrientationAnswer> = {}): OrientationAnswer => ({
  label: { en: label },
  procedures: [],
  categories: [],
  ...lead,
});
const question = (id: string, ...answers: OrientationAnswer[]): OrientationQuestion => ({ id, question: { en: `${id}?` }, answers });

const tree: QuestionTree = {
  start: 'situation',
  questions: [
    question(
      'situation',
      answer('Order to leave', { next: 'future', procedures: ['appeal'], categories: ['legal-aid'] }),
      answer('Ill', { procedures: ['9ter', 'medical-aid'] }),
    ),
    question(
      'future',
      answer('Stay', { procedures: ['9bis', 'appeal'], categories: ['legal-aid'] }),
      answer('Return', { procedures: ['return'], categories: ['return'], note: { en: 'Take your time.' } }),
    ),
  ],
};

describe('orientation outcome and path', () => {
  it('is not finished while a question waits for an answer', () => {
    const outcome = outcomeOf(walk(tree, [0]));
    expect(outcome.finished).to.equal(false);
    expect(outcome.procedures.map((p) => p.id)).to.deep.equal(['appeal']);
    expect(outcomeOf(walk(tree, [])).finished).to.equal(false);
  });

  it('lists procedures with the answers that led to each, categories once, and notes', () => {
    const outcome = outcomeOf(walk(tree, [0, 0]));
    expect(outcome.finished).to.equal(true);
    expect(outcome.procedures.map((p) => [p.id, p.reasons.map((r) => r.answer.label.en)])).to.deep.equal([
      ['appeal', ['Order to leave', 'Stay']],
      ['9bis', ['Stay']],
    ]);
    expect(outcome.categories).to.deep.equal(['legal-aid']);
    expect(outcomeOf(walk(tree, [0, 1])).notes.map((n) => n.question.id)).to.deep.equal(['future']);
    expect(outcomeOf(walk(tree, [1])).procedures.map((p) => p.id)).to.deep.equal(['9ter', 'medical-aid']);
  });

  it('reads and writes the path in the page address, keeping the rest of it', () => {
    expect(pathKey()).to.equal('fl-path');
    expect(pathKey('B')).to.equal('fl-b-path');
    expect(pathKey('Second One!')).to.equal('fl-secondone-path');
    expect(pathFromSearch('?a=1&fl-path=0.1', 'fl-path')).to.deep.equal([0, 1]);
    expect(pathFromSearch('?fl-path=0.x', 'fl-path')).to.deep.equal([]);
    expect(pathFromSearch('?fl-path=', 'fl-path')).to.deep.equal([]);
    expect(pathFromSearch('?fl-b-path=2', 'fl-path')).to.deep.equal([]);
    expect(urlWithPath('https://example.org/p?a=1#top', 'fl-path', [0, 1])).to.equal('https://example.org/p?a=1&fl-path=0.1#top');
    expect(urlWithPath('https://example.org/p?a=1&fl-path=0.1', 'fl-path', [])).to.equal('https://example.org/p?a=1');
  });

  it('sends the reader to the counsellor page of the host with the categories for the service finder, and nowhere else', () => {
    expect(counsellorHref('https://example.org/help?x=1', ['legal-aid', 'return'])).to.equal(
      'https://example.org/help?x=1&fl-category=legal-aid%2Creturn',
    );
    expect(counsellorHref('https://example.org/help', [])).to.equal('https://example.org/help');
    expect(counsellorHref('javascript:alert(1)', ['a'])).to.equal(undefined);
  });
});
