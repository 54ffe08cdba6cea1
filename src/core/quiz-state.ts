/**
 * The quiz flow as a reducer: `next(config, state, action) → state`. The element renders the
 * state and turns the visitor's actions into actions; nothing here touches the DOM or storage.
 *
 * Invariants of every state this module returns: all questions before `index` are answered, and
 * `results` is reached only with every question answered. Only the question on screen can be
 * answered, and choosing an option never moves on by itself; only `next` does. An action that does not
 * apply returns the very same state object.
 */
import {
  answerOf,
  firstUnanswered,
  isAnswered,
  sanitizeAnswer,
  sanitizeAnswers,
  type Answer,
  type Answers,
} from './answers.ts';
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
  // Complete results land on the last question (open = last + 1), incomplete ones on the first open one.
  const wanted =
    step === 'intro' ? 0 : step === 'results' ? open : Number.isFinite(index) ? Math.trunc(index as number) : 0;
  return {
    step: step === 'results' && open <= last ? 'question' : step,
    index: Math.max(0, Math.min(wanted, last, open)),
    answers,
  };
}

export function next(config: Config, state: QuizState, action: QuizAction): QuizState {
  const { step, index, answers } = state;
  const last = config.questions.length - 1;
  const current = config.questions[index];
  switch (action.type) {
    case 'start':
      return step === 'intro' ? { ...state, step: 'question', index: 0 } : state;
    case 'answer': {
      // Only the question on screen: changing an earlier one could leave an open question behind.
      if (step !== 'question' || current?.id !== action.questionId) return state;
      const answer = sanitizeAnswer(current, action.answer);
      // An empty tick list clears a multiple answer; anything else invalid changes nothing.
      if (!answer && !(Array.isArray(action.answer) && !action.answer.length)) return state;
      // Rebuilt in config order, like sanitised answers; `undefined` drops the answer.
      return { ...state, answers: sanitizeAnswers(config, { ...answers, [current.id]: answer }) };
    }
    case 'next':
      if (step !== 'question' || !current || !isAnswered(current, answerOf(answers, current.id))) return state;
      // Answers to later questions may exist (after going back), but results need them all.
      if (index < last) return { ...state, index: index + 1 };
      return firstUnanswered(config, answers) > last ? { ...state, step: 'results' } : state;
    case 'back':
      if (step === 'results') return { ...state, step: 'question', index: last };
      if (step !== 'question') return state;
      return index ? { ...state, index: index - 1 } : { ...state, step: 'intro', index: 0 };
    case 'restart':
      return initialState();
    case 'resume':
      return normalizeState(config, action.state.step, action.state.index, action.state.answers);
    default:
      return state;
  }
}

/** The saved-state string the element stores; `parseSavedState` reads it back. */
export const serializeState = ({ step, index, answers }: QuizState) =>
  JSON.stringify({ v: SAVED_STATE_VERSION, step, index, answers });

/**
 * A saved state read back from storage, or null when there is none, it is too long (checked
 * before parsing), not JSON, of another format version, or of an unknown step. Never throws.
 */
export function parseSavedState(config: Config, raw: string | null): QuizState | null {
  try {
    if (!raw || raw.length > LIMITS.stateChars) return null;
    const data: unknown = JSON.parse(raw);
    // Own keys only, so that nothing inherited passes for saved data.
    const own = (key: string) =>
      Object.hasOwn(data as object, key) ? (data as Record<string, unknown>)[key] : undefined;
    const step = own('step') as QuizStep;
    return own('v') === SAVED_STATE_VERSION && quizSteps.includes(step)
      ? normalizeState(config, step, own('index'), own('answers'))
      : null;
  } catch {
    // Not JSON, or JSON null.
    return null;
  }
}
