/**
 * The quiz flow as a reducer: `next(config, state, action) → state`. The element renders the
 * state and turns the visitor's actions into actions; nothing here touches the DOM or storage.
 *
 * Invariants of every state this module returns: all questions before `index` are answered, and
 * `results` is reached only with every question answered. Only the question on screen can be
 * answered, and choosing an option never moves on by itself; only `next` does. An action that does not apply returns the very same state object.
 */
import { firstUnanswered, sanitizeAnswer, sanitizeAnswers, setOwn, type Answer, type Answers } from './answers.ts';
import { LIMITS } from './limits.ts';
import type { Config } from './schema.ts';

export const quizSteps = ['intro', 'question', 'results'] as const;
export type QuizStep = (typeof quizSteps)[number];
export type QuizState = { step: QuizStep; index: number; answers: Answers };
export type QuizAction =
  | { type: 'start' }
  | { type: 'answer'; questionId: string; answer: Answer }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'resume'; state: QuizState };

/** Version of the saved-state format `{ v, step, index, answers }`. */
export const SAVED_STATE_VERSION = 1;

export function initialState(): QuizState {
  return { step: 'intro', index: 0, answers: {} };
}

/**
 * A state brought in from outside made consistent with `config`: answers sanitised, the index an
 * integer within the questions and not past the first unanswered one, and results only when the
 * answers are complete (otherwise the first open question).
 */
export function normalizeState(config: Config, step: QuizStep, index: unknown, rawAnswers: unknown): QuizState {
  const answers = sanitizeAnswers(config, rawAnswers);
  const open = firstUnanswered(config, answers);
  const last = config.questions.length - 1;
  if (step === 'intro') return { step, index: 0, answers };
  if (step === 'results' && open > last) return { step, index: last, answers };
  if (step === 'results') return { step: 'question', index: open, answers };
  const wanted = typeof index === 'number' && Number.isFinite(index) ? Math.trunc(index) : 0;
  return { step, index: Math.max(0, Math.min(wanted, last, open)), answers };
}

/** The answers with one replaced (or removed), rebuilt in config order like sanitised answers. */
function withAnswer(config: Config, state: QuizState, questionId: string, answer: Answer | undefined): QuizState {
  const answers: Answers = {};
  for (const { id } of config.questions) {
    const value = id === questionId ? answer : Object.prototype.hasOwnProperty.call(state.answers, id) ? state.answers[id] : undefined;
    if (value !== undefined) setOwn(answers, id, value);
  }
  return { ...state, answers };
}

export function next(config: Config, state: QuizState, action: QuizAction): QuizState {
  const last = config.questions.length - 1;
  const current = config.questions[state.index];
  switch (action.type) {
    case 'start':
      return state.step === 'intro' ? { ...state, step: 'question', index: 0 } : state;
    case 'answer': {
      // Only the question on screen: changing an earlier one could leave an open question behind.
      const question = current;
      if (state.step !== 'question' || !question || question.id !== action.questionId) return state;
      const answer = sanitizeAnswer(question, action.answer);
      // An empty tick list clears a multiple answer; anything else invalid changes nothing.
      if (answer === undefined && !(Array.isArray(action.answer) && action.answer.length === 0)) return state;
      return withAnswer(config, state, question.id, answer);
    }
    case 'next':
      if (state.step !== 'question' || !current || sanitizeAnswer(current, state.answers[current.id]) === undefined) return state;
      // Answers to later questions may exist (after going back), but results need them all.
      if (state.index < last) return { ...state, index: state.index + 1 };
      return firstUnanswered(config, state.answers) > last ? { ...state, step: 'results' } : state;
    case 'back':
      if (state.step === 'results') return { ...state, step: 'question', index: last };
      if (state.step !== 'question') return state;
      return state.index > 0 ? { ...state, index: state.index - 1 } : { ...state, step: 'intro', index: 0 };
    case 'restart':
      return initialState();
    case 'resume':
      return normalizeState(config, action.state.step, action.state.index, action.state.answers);
    default:
      return state;
  }
}

/** The saved-state string the element stores; `parseSavedState` reads it back. */
export function serializeState(state: QuizState): string {
  return JSON.stringify({ v: SAVED_STATE_VERSION, step: state.step, index: state.index, answers: state.answers });
}

/**
 * A saved state read back from storage, or null when there is none, it is too long (checked
 * before parsing), not JSON, of another format version, or of an unknown step. Never throws.
 */
export function parseSavedState(config: Config, raw: string | null): QuizState | null {
  try {
    if (typeof raw !== 'string' || raw.length > LIMITS.stateChars) return null;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined);
    const step = own('step');
    if (own('v') !== SAVED_STATE_VERSION || !quizSteps.some((s) => s === step)) return null;
    return normalizeState(config, step as QuizStep, own('index'), own('answers'));
  } catch {
    return null;
  }
}
