/**
 * A visitor's answers, and the one gate they pass when they come from outside (saved state, a
 * share link, a host property). Everything inward may trust `Answers` to hold only known question
 * ids with valid option ids of the right shape.
 */
import type { Config, Question } from './schema.ts';

/** single/scale: an option id; multiple: option ids in config order, never empty. */
export type Answer = string | string[];
/** Keyed by question id; an unanswered question has no key. */
export type Answers = { [questionId: string]: Answer };

/** Longest raw tick list looked at: more than any real question can need, so junk costs nothing. */
const MAX_RAW_TICKS = 256;

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/**
 * Sets an own property even for a key such as `__proto__`, which plain assignment would turn into
 * a prototype change. Config ids cannot be `__proto__`, but an unchecked config could.
 */
export function setOwn<T>(target: { [key: string]: T }, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The clean form of one raw answer to `question`, or undefined when it says nothing valid. */
export function sanitizeAnswer(question: Question, raw: unknown): Answer | undefined {
  if (question.type !== 'multiple') {
    return typeof raw === 'string' && question.options.some((o) => o.id === raw) ? raw : undefined;
  }
  if (!Array.isArray(raw) || raw.length > MAX_RAW_TICKS) return undefined;
  const ticked = new Set<unknown>(raw);
  const chosen = question.options.filter((o) => ticked.has(o.id));
  // Ticking an exclusive option ('none yet') clears the others in the form; a raw list that has
  // both can only come from tampering, and the exclusive reading is the conservative one.
  const exclusive = chosen.find((o) => o.exclusive);
  const ids = exclusive ? [exclusive.id] : chosen.map((o) => o.id);
  return ids.length > 0 ? ids : undefined;
}

/**
 * Keeps only known question ids with valid answers; reads only the config's ids as own properties,
 * so inherited or hostile keys (`__proto__`, `constructor`) are never looked at. Never throws.
 */
export function sanitizeAnswers(config: Config, raw: unknown): Answers {
  const answers: Answers = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return answers;
  try {
    for (const question of config.questions) {
      if (!hasOwn(raw, question.id)) continue;
      const answer = sanitizeAnswer(question, (raw as Record<string, unknown>)[question.id]);
      if (answer !== undefined) setOwn(answers, question.id, answer);
    }
  } catch {
    // A proxy or throwing getter: keep what was read cleanly before it.
  }
  return answers;
}

/** Whether `answer` is a valid answer to `question`. */
export function isAnswered(question: Question, answer: unknown): boolean {
  return sanitizeAnswer(question, answer) !== undefined;
}

/** Whether every question, profile questions included, has a valid answer. */
export function isComplete(config: Config, answers: Answers): boolean {
  return config.questions.every((q) => hasOwn(answers, q.id) && isAnswered(q, answers[q.id]));
}

/** Index of the first question without a valid answer; `questions.length` when none. */
export function firstUnanswered(config: Config, answers: Answers): number {
  const index = config.questions.findIndex((q) => !hasOwn(answers, q.id) || !isAnswered(q, answers[q.id]));
  return index === -1 ? config.questions.length : index;
}

/**
 * Points `question` gives for `answer`: weight × the chosen option's value, or × the sum of the
 * ticked options' values. An unanswered single question scores like its lowest option, so that
 * leaving it open is never better than answering; an unanswered multiple question scores 0.
 */
export function pointsOf(question: Question, answer: unknown): number {
  const weight = question.weight ?? 1;
  if (weight === 0) return 0;
  if (question.type !== 'multiple') {
    const option = question.options.find((o) => o.id === answer);
    return weight * (option ? option.value : Math.min(...question.options.map((o) => o.value)));
  }
  if (!Array.isArray(answer)) return 0;
  const ticked = new Set<unknown>(answer);
  let points = 0;
  for (const option of question.options) if (ticked.has(option.id)) points += option.value;
  return weight * points;
}

/**
 * The form's toggle on a multiple question: ticking an exclusive option clears the others,
 * ticking any other option clears the exclusive ones. Returns ids in config order.
 */
export function toggleOption(question: Question, current: Answer | undefined, optionId: string): string[] {
  const option = question.options.find((o) => o.id === optionId);
  const ticked = new Set(Array.isArray(current) ? current : []);
  if (!option) return question.options.filter((o) => ticked.has(o.id)).map((o) => o.id);
  if (ticked.has(optionId)) ticked.delete(optionId);
  else {
    if (option.exclusive) ticked.clear();
    else for (const o of question.options) if (o.exclusive) ticked.delete(o.id);
    ticked.add(optionId);
  }
  return question.options.filter((o) => ticked.has(o.id)).map((o) => o.id);
}
