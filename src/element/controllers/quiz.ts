/**
 * The visitor's way through the questions: start, resume, choose, next, back, retake. Moves the
 * state on (ProgressController keeps it), says where the visitor is (the live announcement and
 * where focus goes) and tells the host (`sm-start`, `sm-answer`, `sm-complete`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import type { Result } from '../../core/scoring.ts';
import { toggleOption } from '../../core/answers.ts';
import { next, type QuizAction, type QuizState } from '../../core/quiz-state.ts';
import type { Messages } from '../../i18n/index.ts';
import type { ProgressController } from './progress.ts';
import { SmAnswerEvent, SmCompleteEvent, SmStartEvent } from '../events.ts';

export interface QuizContext {
  config: () => Config;
  msg: () => Messages;
  /** The result of the answers given, once the results are reached. */
  result: () => Result | null;
  /** The visitor starts over or moves on: a shared result and step notices no longer apply. */
  onLeave: (what: 'start' | 'move') => void;
}

export class QuizController implements ReactiveController {
  /** The visitor pressed next without an answer. */
  showRequired = false;
  /** The live region's text: the step reached, or the result. */
  announcement = '';
  /** Focus goes to the next step's heading once it is rendered (see `focusHeading`). */
  private moveFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly progress: ProgressController,
    private readonly context: QuizContext,
  ) {
    host.addController(this);
  }

  /** Asks for focus on the heading of the step rendered next (after a retry, a retake). */
  focusNext(): void {
    this.moveFocus = true;
  }

  hostUpdated(): void {
    // A step without a heading (loading) keeps the request for the step that follows it.
    const heading = this.moveFocus && this.host.renderRoot.querySelector('h2');
    if (!heading) return;
    heading.focus();
    this.moveFocus = false;
  }

  private go(action: QuizAction): QuizState {
    const before = this.progress.quiz;
    const quiz = next(this.context.config(), before, action);
    const moved = quiz.step !== before.step || quiz.index !== before.index;
    if (moved) this.context.onLeave('move');
    this.showRequired = false;
    this.moveFocus = moved;
    if (moved && quiz.step === 'question')
      this.announcement = this.context.msg().progress(quiz.index + 1, this.context.config().questions.length);
    this.progress.set(quiz);
    return quiz;
  }

  readonly start = () => {
    this.context.onLeave('start');
    this.progress.saved = null;
    this.go({ type: 'start' });
    this.host.dispatchEvent(new SmStartEvent());
  };

  readonly resume = () => {
    const { saved } = this.progress;
    if (saved) this.go({ type: 'resume', state: saved });
    this.progress.saved = null;
  };

  readonly choose = (optionId: string, checked: boolean) => {
    const { index, answers } = this.progress.quiz;
    const { questions } = this.context.config();
    const question = questions[index];
    if (!question || (!checked && question.type !== 'multiple')) return;
    const answer = question.type === 'multiple' ? toggleOption(question, answers[question.id], optionId) : optionId;
    this.go({ type: 'answer', questionId: question.id, answer });
    const detail = { questionId: question.id, answer, step: index + 1, total: questions.length };
    this.host.dispatchEvent(new SmAnswerEvent(detail));
  };

  readonly next = (event: Event) => {
    event.preventDefault();
    const before = this.progress.quiz;
    const after = this.go({ type: 'next' });
    if (after.step === before.step && after.index === before.index) this.showRequired = true;
    if (after.step === 'results' && before.step !== 'results') this.finish();
  };

  readonly back = () => void this.go({ type: 'back' });

  readonly retake = () => {
    this.context.onLeave('start');
    this.progress.saved = null;
    this.go({ type: 'restart' });
    this.moveFocus = true;
  };

  /** The visitor reached the results: announce them, remember them, tell the host (once). */
  private finish(): void {
    const result = this.context.result();
    if (!result) return;
    const msg = this.context.msg();
    this.announcement = `${msg.segment(result.segment.label)}. ${msg.percentile(result.overall.percentile)}`;
    this.progress.record(result);
    this.host.dispatchEvent(new SmCompleteEvent(result));
  }
}
