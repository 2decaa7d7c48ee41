/**
 * The orientation questions of the `procedures` dataset as a graph: each answer leads to a `next`
 * question, to procedures, to a note, or to several of these. The authoring checks use it to find
 * answers that lead nowhere, questions no path reaches and paths that go round in a circle; an element
 * uses it to walk a reader from the start question to the procedures that fit their answers.
 *
 * Positions are indexes into `questions` and JSON paths (`$.questions[2].answers[0].next`), so that a
 * problem can be shown at its place in the file. Pure: no DOM, no clock.
 */
import { formatPath } from '../internal/json-path.js';
import type { OrientationAnswer, OrientationQuestion } from '../content/schema/procedures.js';

/** What the tree needs of an answer: where it leads. */
export type TreeAnswer = Partial<Pick<OrientationAnswer, 'next' | 'procedures' | 'categories' | 'note'>>;

/**
 * What the tree needs of a question: its id and its answers. A question without an id (content the
 * schema refuses, read as written) keeps the other questions at their places; no answer can lead to it.
 */
export interface TreeQuestion {
  readonly id?: OrientationQuestion['id'] | undefined;
  readonly answers: readonly TreeAnswer[];
}

/** The orientation questions and the id of the first one: a `ProceduresData` is one. */
export interface QuestionTree<Q extends TreeQuestion = OrientationQuestion> {
  readonly start?: string | undefined;
  readonly questions: readonly Q[];
}

/** A question and where it is. */
export interface QuestionAt<Q extends TreeQuestion = OrientationQuestion> {
  question: Q;
  /** Its index in `questions`. */
  index: number;
  /** `$.questions[index]`. */
  path: string;
}

/** An answer that leads to another question. */
export interface Edge {
  /** The index of the answer in its question's `answers`. */
  answer: number;
  /** The index of the question it leads to. */
  target: number;
}

/** One question asked on a walk through the tree, and the answer chosen (none yet on the last one). */
export interface WalkStep<Q extends TreeQuestion = OrientationQuestion> {
  question: Q;
  index: number;
  /** The index of the answer chosen, when one was. */
  chosen?: number;
  answer?: Q['answers'][number];
}

/** An answer that leads nowhere: no `next` question, no procedures, no service categories, no note. */
export interface DeadEnd {
  /** The id of its question, when it has one. */
  id?: string;
  /** The index of its question. */
  question: number;
  answer: number;
  /** `$.questions[question].answers[answer]`. */
  path: string;
}

/** An answer whose `next` leads back to a question already asked on the way to it. */
export interface Cycle {
  /** The id of the question whose answer closes the circle. */
  id: string;
  question: number;
  answer: number;
  /** The question it leads back to. */
  next: string;
  /** `$.questions[question].answers[answer].next`. */
  path: string;
  /** The ids around the circle, from `next` back to `next`. */
  loop: string[];
}

/** Where each id is: the first question with it (ids are unique in valid content; checks report a second one). */
export function questionIndex(tree: QuestionTree<TreeQuestion>): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  tree.questions.forEach((question, i) => {
    if (question.id !== undefined && !index.has(question.id)) index.set(question.id, i);
  });
  return index;
}

/** The question with this id, where it is. */
export function findQuestion<Q extends TreeQuestion>(tree: QuestionTree<Q>, id: string): QuestionAt<Q> | undefined {
  const index = tree.questions.findIndex((question) => question.id === id);
  return index < 0 ? undefined : { question: tree.questions[index]!, index, path: formatPath(['questions', index]) };
}

/** The first question: the one `start` names. */
export function startQuestion<Q extends TreeQuestion>(tree: QuestionTree<Q>): QuestionAt<Q> | undefined {
  return tree.start === undefined ? undefined : findQuestion(tree, tree.start);
}

/** Whether an answer leads nowhere: no next question, no procedures, no service categories, no note for the reader. */
export function isDeadEnd(answer: TreeAnswer): boolean {
  return (
    answer.next === undefined &&
    (answer.procedures?.length ?? 0) === 0 &&
    (answer.categories?.length ?? 0) === 0 &&
    (answer.note === undefined || Object.keys(answer.note).length === 0)
  );
}

/** The answers of a question that lead to another question of the tree, in order. */
export function nextQuestions(tree: QuestionTree<TreeQuestion>, question: number, index = questionIndex(tree)): Edge[] {
  const edges: Edge[] = [];
  tree.questions[question]?.answers.forEach((answer, j) => {
    const target = answer.next === undefined ? undefined : index.get(answer.next);
    if (target !== undefined) edges.push({ answer: j, target });
  });
  return edges;
}

/**
 * Follows `choices` (the index of the answer chosen at each question, in order) from the start question.
 * The walk stops after an answer that leads to no other question, at a choice that is not an answer of
 * the question, and before a question already asked on the way. The last step has no `answer` when the
 * reader has still to answer it; when it has one, that answer's procedures and note are the outcome.
 */
export function walk<Q extends TreeQuestion>(tree: QuestionTree<Q>, choices: readonly number[]): WalkStep<Q>[] {
  const start = startQuestion(tree);
  if (!start) return [];
  const index = questionIndex(tree);
  const steps: WalkStep<Q>[] = [];
  const asked = new Set<number>();
  let at: number | undefined = start.index;
  for (let k = 0; at !== undefined && !asked.has(at); k += 1) {
    asked.add(at);
    const question: Q = tree.questions[at]!;
    const chosen = choices[k];
    const answer = chosen === undefined ? undefined : (question.answers[chosen] as Q['answers'][number] | undefined);
    if (chosen === undefined || answer === undefined) {
      steps.push({ question, index: at });
      break;
    }
    steps.push({ question, index: at, chosen, answer });
    at = answer.next === undefined ? undefined : index.get(answer.next);
  }
  return steps;
}

/**
 * The indexes of the questions a reader can be asked: from the start question along `next`, or from
 * every question when `start` names none.
 */
export function reachable(tree: QuestionTree<TreeQuestion>): ReadonlySet<number> {
  return depthFirst(tree).visited;
}

/**
 * The questions no path from the start question reaches. None when `start` does not name a question
 * (then nothing can be said of the others; a check reports the missing or mistyped `start`).
 */
export function unreachable<Q extends TreeQuestion>(tree: QuestionTree<Q>): QuestionAt<Q>[] {
  if (!startQuestion(tree)) return [];
  const seen = reachable(tree);
  return [...questionIndex(tree).values()]
    .filter((i) => !seen.has(i))
    .map((i) => ({ question: tree.questions[i]!, index: i, path: formatPath(['questions', i]) }));
}

/** Every answer that leads nowhere (see {@link isDeadEnd}), in the order of the file. */
export function deadEnds(tree: QuestionTree<TreeQuestion>): DeadEnd[] {
  const found: DeadEnd[] = [];
  tree.questions.forEach((question, i) => {
    question.answers.forEach((answer, j) => {
      if (!isDeadEnd(answer)) return;
      found.push({
        ...(question.id !== undefined ? { id: question.id } : {}),
        question: i,
        answer: j,
        path: formatPath(['questions', i, 'answers', j]),
      });
    });
  });
  return found;
}

/**
 * The answers that close a circle: walking from the start question (or from every question when
 * `start` names none), each `next` that leads back to a question on the way there. One per answer.
 */
export function cycles(tree: QuestionTree<TreeQuestion>): Cycle[] {
  return depthFirst(tree).cycles;
}

/** A depth-first walk along `next`: an edge back to a question on the current path closes a circle. */
function depthFirst(tree: QuestionTree<TreeQuestion>): { visited: Set<number>; cycles: Cycle[] } {
  const index = questionIndex(tree);
  const start = tree.start === undefined ? undefined : index.get(tree.start);
  const roots = start !== undefined ? [start] : [...index.values()];
  const idOf = (i: number) => tree.questions[i]!.id!;
  const state = new Map<number, 'open' | 'done'>();
  const trail: number[] = [];
  const found: Cycle[] = [];
  const visit = (i: number) => {
    state.set(i, 'open');
    trail.push(i);
    for (const { answer, target } of nextQuestions(tree, i, index)) {
      if (state.get(target) === 'open') {
        const loop = [...trail.slice(trail.indexOf(target)), target].map(idOf);
        found.push({ id: idOf(i), question: i, answer, next: idOf(target), path: formatPath(['questions', i, 'answers', answer, 'next']), loop });
      } else if (!state.has(target)) {
        visit(target);
      }
    }
    trail.pop();
    state.set(i, 'done');
  };
  for (const root of roots) if (!state.has(root)) visit(root);
  return { visited: new Set(state.keys()), cycles: found };
}
