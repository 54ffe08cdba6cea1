/**
 * A visitor's answers, and the one gate they pass when they come from outside (saved state, a
 * share link, a host property). Everything inward may trust `Answers` to hold only known question
 * ids with valid option ids of the right shape.
 *
 * Answers are read by own keys only (`answerOf`): a question id such as `constructor` must never
 * read an inherited member. Ids match the config's id pattern, so none is `__proto__` and plain
 * assignment always makes an own property.
 */
import { own } from './own.ts';
import type { Config, Question } from './schema.ts';

/** single/scale: an option id; multiple: option ids in config order, never empty. */
export type Answer = string | string[];
/** Keyed by question id; an unanswered question has no key. */
export type Answers = { [questionId: string]: Answer };

/** The answer to question `id`, or undefined: own keys only. */
export const answerOf = (answers: Answers, id: string): Answer | undefined => own(answers, id);

/** Longest raw tick list looked at: more than any real question can need, so junk costs nothing. */
const MAX_RAW_TICKS = 256;

/** The clean form of one raw answer to `question`, or undefined when it says nothing valid. */
export function sanitizeAnswer({ type, options }: Question, raw: unknown): Answer | undefined {
  if (type !== 'multiple') return options.some((o) => o.id === raw) ? (raw as string) : undefined;
  if (!Array.isArray(raw) || raw.length > MAX_RAW_TICKS) return undefined;
  const chosen = options.filter((o) => raw.includes(o.id));
  // Ticking an exclusive option ('none yet') clears the others in the form; a raw list that has
  // both can only come from tampering, and the exclusive reading is the conservative one.
  const exclusive = chosen.find((o) => o.exclusive);
  const ids = exclusive ? [exclusive.id] : chosen.map((o) => o.id);
  return ids[0] ? ids : undefined;
}

/**
 * Keeps only known question ids with valid answers; reads only the config's ids as own properties,
 * so inherited or hostile keys (`__proto__`, `constructor`) are never looked at. Never throws.
 */
export function sanitizeAnswers(config: Config, raw: unknown): Answers {
  const answers: Answers = {};
  if (typeof raw === 'object' && raw && !Array.isArray(raw)) {
    try {
      for (const q of config.questions) {
        const answer = Object.hasOwn(raw, q.id) ? sanitizeAnswer(q, (raw as Answers)[q.id]) : undefined;
        if (answer) answers[q.id] = answer;
      }
    } catch {
      // A proxy or throwing getter: keep what was read cleanly before it.
    }
  }
  return answers;
}

/** Whether `answer` is a valid answer to `question`. */
export const isAnswered = (question: Question, answer: unknown) => !!sanitizeAnswer(question, answer);

/** Index of the first question without a valid answer; `questions.length` when none. */
export function firstUnanswered({ questions }: Config, answers: Answers): number {
  const index = questions.findIndex((q) => !isAnswered(q, answerOf(answers, q.id)));
  return index < 0 ? questions.length : index;
}

/** Whether every question, profile questions included, has a valid answer. */
export const isComplete = (config: Config, answers: Answers) =>
  firstUnanswered(config, answers) === config.questions.length;

/**
 * Points `question` gives for `answer`: weight × the chosen option's value, or × the sum of the
 * ticked options' values. An unanswered single question scores like its lowest option, so that
 * leaving it open is never better than answering; an unanswered multiple question scores 0.
 */
export function pointsOf({ weight = 1, type, options }: Question, answer: unknown): number {
  if (type !== 'multiple') {
    return weight * (options.find((o) => o.id === answer)?.value ?? Math.min(...options.map((o) => o.value)));
  }
  const ticked = Array.isArray(answer) ? answer : [];
  return weight * options.reduce((points, o) => points + (ticked.includes(o.id) ? o.value : 0), 0);
}

/**
 * The form's toggle on a multiple question: ticking an exclusive option clears the others,
 * ticking any other option clears the exclusive ones. Returns ids in config order.
 */
export function toggleOption({ options }: Question, current: Answer | undefined, optionId: string): string[] {
  const option = options.find((o) => o.id === optionId);
  const ticked = new Set(Array.isArray(current) ? current : []);
  if (option && !ticked.delete(optionId)) {
    for (const o of options) if (option.exclusive || o.exclusive) ticked.delete(o.id);
    ticked.add(optionId);
  }
  return options.filter((o) => ticked.has(o.id)).map((o) => o.id);
}
