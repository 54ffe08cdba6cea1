/**
 * The visitor's progress and history: the quiz state in memory (per instance), and a copy in
 * localStorage unless `persist="none"`. Nothing is written while the element is disconnected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import type { Result } from '../../core/scoring.ts';
import { initialState, parseSavedState, serializeState, type QuizState } from '../../core/quiz-state.ts';
import { parseHistory, recordResult, type History } from '../../core/history.ts';
import { safeStorage } from '../storage.ts';

export interface ProgressOptions {
  /** Whether to keep anything in storage (`persist` is not `none`). */
  persist: () => boolean;
  /** The element's `id`, when it has one: two instances of one config keep apart. */
  id: () => string;
  /** Called once when storage fails (unavailable, full): progress is then kept in memory only. */
  onStorageError: () => void;
}

export class ProgressController implements ReactiveController {
  quiz: QuizState = initialState();
  /** Progress saved on an earlier visit, offered on the intro. */
  saved: QuizState | null = null;
  history: History | null = null;
  private config?: Config;
  private connected = false;
  private reported = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProgressOptions,
  ) {
    host.addController(this);
  }

  private get key(): string {
    const { config, options } = this;
    return `sm-maturity-check:${config?.id}@${config?.version}${options.id() ? `#${options.id()}` : ''}`;
  }

  private get historyKey(): string {
    return `${this.key}:history`;
  }

  /** Switches to `config`: what was saved for it (a saved result is shown straight away). */
  restore(config: Config): void {
    this.config = config;
    const local = this.options.persist();
    this.saved = local ? parseSavedState(config, safeStorage.read(this.key)) : null;
    this.quiz = this.saved?.step === 'results' ? this.saved : initialState();
    this.history = local ? parseHistory(safeStorage.read(this.historyKey)) : null;
    this.host.requestUpdate();
  }

  /** The visitor moved on: keep the state (and a copy in storage). */
  set(quiz: QuizState): void {
    this.quiz = quiz;
    this.write(this.key, serializeState(quiz));
    this.host.requestUpdate();
  }

  /** The visitor reached a result: it becomes the history's last one. */
  record(result: Result): void {
    this.history = recordResult(this.history, result, new Date().toISOString());
    this.write(this.historyKey, JSON.stringify(this.history));
  }

  /**
   * Back to the intro with nothing remembered: both keys removed, and not written again. Other
   * keys (a consented result waiting for delivery) are not progress and stay.
   */
  reset(): void {
    this.forget();
    this.quiz = initialState();
    this.saved = this.history = null;
    this.host.requestUpdate();
  }

  /** Removes what this instance stored: progress and the last results. */
  forget(): void {
    if (!this.config) return;
    safeStorage.remove(this.key);
    safeStorage.remove(this.historyKey);
  }

  private write(key: string, value: string): void {
    if (!this.connected || !this.config || !this.options.persist()) return;
    if (safeStorage.write(key, value) || this.reported) return;
    this.reported = true;
    this.options.onStorageError();
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }
}
