/**
 * The public, DOM-free core: configs, answers, scoring, share codes and the quiz flow.
 */
export type {
  Basis,
  Condition,
  Config,
  ConfigLanguage,
  Cta,
  DeliveryConfig,
  Distribution,
  Option,
  Question,
  QuestionType,
} from './schema.ts';
export { buildPayload, cleanContact, contactFields, pageAddress, uuid, CONTACT_MAX } from './payload.ts';
export type { Contact, ContactField, LeadPayload, PayloadInput } from './payload.ts';
export { isEndpointUrl, isRetryable, parseOutbox, OUTBOX_MAX_AGE_MS, RETRY_DELAYS_MS } from './outbox.ts';
export { configLanguages, pickLanguage } from './languages.ts';
export type { Answer, Answers } from './answers.ts';
export {
  answerOf,
  isAnswered,
  isComplete,
  pointsOf,
  sanitizeAnswer,
  sanitizeAnswers,
  toggleOption,
} from './answers.ts';
export { scoreAnswers, MAX_GAPS, GAP_SHARE } from './scoring.ts';
export { langs, toLang } from './lang.ts';
export type {
  DimensionResult,
  Gap,
  Lang,
  OverallResult,
  Result,
  ScoreOptions,
  SegmentResult,
  SegmentShare,
  SuggestionResult,
} from './scoring.ts';
export { classDistributions, posteriorAtLeast } from './model.ts';
export { selectSuggestions, MAX_SUGGESTIONS, MIN_SUGGESTIONS } from './suggestions.ts';
export type { DimensionScore, Suggestion } from './suggestions.ts';
export { encodeShareCode, decodeShareCode, readShareCode, shareCodeLength, SHARE_CODE_VERSION } from './share-code.ts';
export type { ShareCodeReading } from './share-code.ts';
export { modelCost } from './cost.ts';
export { keyOwner, storageKeys } from './storage-keys.ts';
export type { StorageKeys } from './storage-keys.ts';
export {
  initialState,
  next,
  normalizeState,
  parseSavedState,
  serializeState,
  quizSteps,
  SAVED_STATE_VERSION,
} from './quiz-state.ts';
export type { QuizAction, QuizState, QuizStep } from './quiz-state.ts';
export { LIMITS, isHttpsUrl } from './limits.ts';
export { defaultConfig } from '../content/report-2011.ts';
export { parseConfig } from './parse-config.ts';
export type { ConfigIssue, ParseConfigResult } from './parse-config.ts';
export { deriveThresholds } from './thresholds.ts';
