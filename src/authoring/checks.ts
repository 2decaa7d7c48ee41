/**
 * Checks across records that a schema cannot make: ids used twice, references to ids that do not
 * exist (a topic, a glossary term, also one named in rich text as `[word](term:id)`, a category, an
 * organisation, a desk, a service...), country codes that name no country, orientation questions that
 * lead nowhere, are never asked or go round in a circle (src/logic/question-tree.ts), `reviewed` dates
 * in the future, and links that are not https, tel or mailto (inside rich text too, where the schema
 * sees only text).
 *
 * They read the files as written (before the schema drops anything), so that every problem can be
 * shown at its place. Pure: no DOM, no Node, no clock (`today` is passed in).
 */
import type { ContentProblem } from '../content/problems.js';
import { formatPath } from '../internal/json-path.js';
import type { DatasetName } from '../content/schema/dataset.js';
import { safeLinkUrl } from '../internal/safe-url.js';
import { isCountryCode } from '../logic/country-codes.js';
import { boundedEditDistance } from '../logic/text.js';
import { richTextTerms } from '../logic/rich-text.js';
import { cycles, deadEnds, unreachable, type QuestionTree, type TreeAnswer, type TreeQuestion } from '../logic/question-tree.js';
import { isRecord } from '../content/schema/manifest-fields.js';

/** A dataset file as written: its dataset name and its parsed JSON. */
export interface SourceDataset {
  name: DatasetName;
  source: unknown;
}

export interface CheckOptions {
  /** Today's date in Europe/Brussels, `YYYY-MM-DD`: `reviewed` dates after it are reported. */
  today: string;
}

type Segment = string | number;
type Json = unknown;

/**
 * A reference from one field to the ids of a list: `from` and `to` are patterns of path segments where
 * `*` stands for every item of a list. `to` may be in another dataset.
 */
interface ReferenceRule {
  dataset: DatasetName;
  from: string;
  target: { dataset: DatasetName; list: string };
  /** What the id should name, in plain words ("topic"). */
  noun: string;
}

/** Every reference between records. A new reference field is one more line here. */
const REFERENCES: readonly ReferenceRule[] = [
  { dataset: 'procedures', from: 'start', target: { dataset: 'procedures', list: 'questions' }, noun: 'question' },
  { dataset: 'procedures', from: 'procedures.*.topics.*', target: { dataset: 'procedures', list: 'topics' }, noun: 'topic' },
  { dataset: 'procedures', from: 'procedures.*.related.*', target: { dataset: 'procedures', list: 'procedures' }, noun: 'procedure' },
  { dataset: 'procedures', from: 'procedures.*.terms.*', target: { dataset: 'procedures', list: 'glossary' }, noun: 'glossary term' },
  { dataset: 'procedures', from: 'procedures.*.help.services.*', target: { dataset: 'services', list: 'services' }, noun: 'service' },
  { dataset: 'procedures', from: 'questions.*.answers.*.next', target: { dataset: 'procedures', list: 'questions' }, noun: 'question' },
  { dataset: 'procedures', from: 'questions.*.answers.*.procedures.*', target: { dataset: 'procedures', list: 'procedures' }, noun: 'procedure' },
  {
    dataset: 'procedures',
    from: 'questions.*.answers.*.categories.*',
    target: { dataset: 'services', list: 'taxonomy' },
    noun: 'category of the taxonomy',
  },
  { dataset: 'procedures', from: 'counsellor.categories.*', target: { dataset: 'services', list: 'taxonomy' }, noun: 'category of the taxonomy' },
  { dataset: 'reintegration', from: 'programmes.*.desks.*', target: { dataset: 'reintegration', list: 'desks' }, noun: 'desk' },
  { dataset: 'reintegration', from: 'countries.*.programmes.*', target: { dataset: 'reintegration', list: 'programmes' }, noun: 'programme' },
  {
    dataset: 'reintegration',
    from: 'countries.*.partners.*.programmes.*',
    target: { dataset: 'reintegration', list: 'programmes' },
    noun: 'programme',
  },
  { dataset: 'reintegration', from: 'media.*.countries.*', target: { dataset: 'reintegration', list: 'countries' }, noun: 'country record' },
  { dataset: 'reintegration', from: 'desks.*.service', target: { dataset: 'services', list: 'services' }, noun: 'service' },
  { dataset: 'services', from: 'services.*.organization', target: { dataset: 'services', list: 'organizations' }, noun: 'organisation' },
  { dataset: 'services', from: 'services.*.categories.*', target: { dataset: 'services', list: 'taxonomy' }, noun: 'category of the taxonomy' },
  { dataset: 'services', from: 'taxonomy.*.parent', target: { dataset: 'services', list: 'taxonomy' }, noun: 'category of the taxonomy' },
];

/** Every value matching a pattern (`a.*.b`), with its path. */
function* select(value: Json, pattern: readonly string[], at: Segment[] = []): Generator<[Segment[], Json]> {
  if (pattern.length === 0) {
    yield [at, value];
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) yield* select(value[i], rest, [...at, i]);
  } else if (isRecord(value) && Object.hasOwn(value, head!)) {
    yield* select(value[head!], rest, [...at, head!]);
  }
}

function idsOf(list: Json): string[] {
  return Array.isArray(list) ? list.flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : [])) : [];
}

/** The closest id to a mistyped one, when one is close enough to be a likely typo. */
function closest(id: string, ids: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of ids) {
    const d = boundedEditDistance(id, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');

function references(datasets: ReadonlyMap<DatasetName, Json>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const rule of REFERENCES) {
    const source = datasets.get(rule.dataset);
    const target = datasets.get(rule.target.dataset);
    // A reference to another dataset can only be checked when that dataset's file is in the folder.
    if (source === undefined || target === undefined) continue;
    const ids = idsOf(isRecord(target) ? target[rule.target.list] : undefined);
    const known = new Set(ids);
    const where = rule.target.dataset === rule.dataset ? `"${rule.target.list}"` : `"${rule.target.list}" of the ${rule.target.dataset} file`;
    for (const [path, value] of select(source, rule.from.split('.'))) {
      if (typeof value !== 'string' || known.has(value)) continue;
      const guess = closest(value, ids);
      problems.push({
        dataset: rule.dataset,
        path: formatPath(path),
        message:
          `"${value}" is not the id of any ${rule.noun} in ${where}` +
          (guess
            ? `: did you mean "${guess}"?`
            : ids.length === 0
              ? ` (there are none)`
              : `: check the spelling, or add ${article(rule.noun)} ${rule.noun} with this id`),
      });
    }
  }
  return problems;
}

/** Every list of records with ids (at any depth) must not use an id twice. */
function uniqueIds(dataset: DatasetName, value: Json, at: Segment[], into: ContentProblem[]): void {
  if (Array.isArray(value)) {
    const seen = new Map<string, number>();
    value.forEach((item, index) => {
      if (isRecord(item) && typeof item.id === 'string') {
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, index);
        else {
          into.push({
            dataset,
            id: item.id,
            path: formatPath([...at, index, 'id']),
            message: `the id "${item.id}" is already used by ${formatPath([...at, first])}: every id in a list must be different`,
          });
        }
      }
      uniqueIds(dataset, item, [...at, index], into);
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) uniqueIds(dataset, child, [...at, key], into);
  }
}

/**
 * The orientation questions as written, for the question tree: every item keeps its place (so that paths
 * point into the file), and what is not of the right type counts as absent (the schema reports it).
 */
function questionTree(source: Record<string, Json>, questions: readonly Json[]): QuestionTree<TreeQuestion> {
  const answerOf = (answer: Json): TreeAnswer => {
    if (!isRecord(answer)) return {};
    return {
      ...(typeof answer.next === 'string' ? { next: answer.next } : {}),
      ...(Array.isArray(answer.procedures) ? { procedures: answer.procedures.filter((id): id is string => typeof id === 'string') } : {}),
      ...(Array.isArray(answer.categories) ? { categories: answer.categories.filter((id): id is string => typeof id === 'string') } : {}),
      // Only whether the note says something counts here.
      ...(isRecord(answer.note) ? { note: answer.note as Record<string, string> } : {}),
    };
  };
  return {
    start: typeof source.start === 'string' ? source.start : undefined,
    questions: questions.map((question) => ({
      id: isRecord(question) && typeof question.id === 'string' ? question.id : undefined,
      answers: isRecord(question) && Array.isArray(question.answers) ? question.answers.map(answerOf) : [],
    })),
  };
}

/** Orientation questions: every answer leads somewhere, every question can be reached, no circles. */
function orientation(source: Json): ContentProblem[] {
  if (!isRecord(source) || !Array.isArray(source.questions)) return [];
  const tree = questionTree(source, source.questions);
  const problems: ContentProblem[] = deadEnds(tree).map((end) => ({
    dataset: 'procedures',
    ...(end.id !== undefined ? { id: end.id } : {}),
    path: end.path,
    message:
      'this answer leads nowhere (a dead end): give it a "next" question, "procedures", service "categories", or at least a "note" telling the reader what to do',
  }));

  if (tree.questions.length === 0) return problems;
  if (tree.start === undefined) {
    problems.push({
      dataset: 'procedures',
      path: '$.start',
      message: `is missing: the orientation questions need a "start", the id of the first question (e.g. "${tree.questions[0]!.id ?? ''}")`,
    });
  }
  for (const cycle of cycles(tree)) {
    problems.push({
      dataset: 'procedures',
      id: cycle.id,
      path: cycle.path,
      message: `leads back to "${cycle.next}", which the reader has already answered: the questions go round in a circle (${cycle.loop.join(' → ')})`,
    });
  }
  for (const { question, path } of unreachable(tree)) {
    problems.push({
      dataset: 'procedures',
      id: question.id!,
      path,
      message: `the question "${question.id}" is never asked: no answer leads to it (through "next") from the start question "${tree.start}"`,
    });
  }
  return problems;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `reviewed` dates (any depth) and the file's `updated` date must not be after today. */
function futureDates(dataset: DatasetName, source: Json, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: Json, at: Segment[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'reviewed' && typeof child === 'string' && DATE.test(child) && child > today) {
          problems.push({
            dataset,
            path: formatPath([...at, key]),
            message: `the date ${child} is in the future (today is ${today}): "reviewed" is the day the facts were last checked`,
          });
        } else {
          walk(child, [...at, key]);
        }
      }
    }
  };
  walk(source, []);
  if (isRecord(source) && typeof source.updated === 'string' && DATE.test(source.updated) && source.updated > today) {
    problems.push({
      dataset,
      path: '$.updated',
      message: `the date ${source.updated} is in the future (today is ${today}): "updated" is the day this file was last changed`,
    });
  }
  return problems;
}

// A whole value that is an address with a scheme: "http://...", "javascript:...", "tel:...".
const ADDRESS = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|data|vbscript|file|tel|mailto|ftp|http|https):)/i;
// A Markdown link in rich text: [label](target), the target with balanced parentheses.
const MARKDOWN_LINK = /\[[^\]\n]*\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

function linkAdvice(url: string): string {
  if (/^http:\/\//i.test(url)) return ': use https:// (the secure address of the same page)';
  if (/^(tel|mailto):/i.test(url)) return ': check the number or the address';
  return '';
}

/** Addresses in any text field, and link targets inside rich text, must be https, tel or mailto. */
function links(dataset: DatasetName, source: Json): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: Json, at: Segment[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) walk(child, [...at, key]);
    else if (typeof value === 'string') {
      const path = formatPath(at);
      if (ADDRESS.test(value) && safeLinkUrl(value) !== value.trim()) {
        problems.push({
          dataset,
          path,
          message: `"${value.trim()}" is not an https:, tel: or mailto: address${linkAdvice(value.trim())}`,
        });
        return;
      }
      for (const match of value.matchAll(MARKDOWN_LINK)) {
        const target = match[1]!;
        // A glossary term, not an address: terms() checks it.
        if (TERM_LINK.test(target)) continue;
        if (safeLinkUrl(target) === undefined) {
          problems.push({
            dataset,
            path,
            message: `the link ${match[0]} goes to "${target}", which is not an https:, tel: or mailto: address: readers would see the words without the link${linkAdvice(target)}`,
          });
        }
      }
    }
  };
  walk(source, []);
  return problems;
}

const TERM_LINK = /^term:/;

/**
 * Glossary terms named in rich text (`[word](term:id)`): in the procedures file, each id must be a term
 * of its `glossary`; other files have no glossary, so a term there shows as its word alone.
 */
function terms(dataset: DatasetName, source: Json): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = dataset === 'procedures' && isRecord(source) ? idsOf(source.glossary) : [];
  const known = new Set(ids);
  const walk = (value: Json, at: Segment[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) walk(child, [...at, key]);
    else if (typeof value === 'string' && value.includes('](term:')) {
      for (const id of richTextTerms(value)) {
        if (known.has(id)) continue;
        const guess = closest(id, ids);
        problems.push({
          dataset,
          path: formatPath(at),
          message:
            dataset !== 'procedures'
              ? `names the glossary term "${id}", but only the procedures file has a glossary: readers would see the word without its explanation`
              : `"${id}" is not the id of any glossary term in "glossary"` +
                (guess
                  ? `: did you mean "${guess}"?`
                  : ids.length === 0
                    ? ' (there are none)'
                    : ': check the spelling, or add a glossary term with this id'),
        });
      }
    }
  };
  walk(source, []);
  return problems;
}

/** Where the reintegration file writes country codes. */
const COUNTRY_CODES = ['programmes.*.countries.*', 'programmes.*.excludedCountries.*', 'countries.*.country'];

/** Country codes must be ISO 3166-1 alpha-2 codes of real countries (`MA`, not `MO` for Morocco nor `EU`). */
function countryCodes(source: Json): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const pattern of COUNTRY_CODES) {
    for (const [path, value] of select(source, pattern.split('.'))) {
      // A code that is not two capitals is the schema's to report.
      if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value) || isCountryCode(value)) continue;
      const list = isRecord(source) ? source[String(path[0])] : undefined;
      const record: Json = Array.isArray(list) ? list[Number(path[1])] : undefined;
      problems.push({
        dataset: 'reintegration',
        ...(isRecord(record) && typeof record.id === 'string' ? { id: record.id } : {}),
        path: formatPath(path),
        message: `"${value}" is not the code of a country (ISO 3166-1 alpha-2, such as "MA" for Morocco): check the code`,
      });
    }
  }
  return problems;
}

/** Every problem found across the records of the given dataset files. */
export function crossChecks(files: readonly SourceDataset[], options: CheckOptions): ContentProblem[] {
  const byName = new Map<DatasetName, Json>();
  for (const file of files) if (!byName.has(file.name)) byName.set(file.name, file.source);
  const problems: ContentProblem[] = [];
  for (const file of files) {
    uniqueIds(file.name, file.source, [], problems);
    problems.push(...futureDates(file.name, file.source, options.today));
    problems.push(...links(file.name, file.source));
    problems.push(...terms(file.name, file.source));
    if (file.name === 'procedures') problems.push(...orientation(file.source));
    if (file.name === 'reintegration') problems.push(...countryCodes(file.source));
  }
  problems.push(...references(byName));
  return problems;
}
