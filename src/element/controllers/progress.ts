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

const PREFIX = 'sm-maturity-check:';

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

  /**
   * `sm-maturity-check:<config id>@<version>[#<element id>]`. The element id is URI-encoded, so no
   * id can spell another instance's key (`id="x:history"` is not the history of `id="x"`); config
   * ids and versions cannot hold `@`, `#` or `:` (the schema's patterns).
   */
  private get key(): string {
    return this.keyOf(this.config?.version ?? '');
  }

  private keyOf(version: string): string {
    const id = this.options.id();
    return `${PREFIX}${this.config?.id}@${version}${id ? `#${encodeURIComponent(id)}` : ''}`;
  }

  /** This instance's keys (progress and history) of every version of the config in use. */
  private keysOfAllVersions(): string[] {
    const suffix = this.keyOf('').slice(PREFIX.length + `${this.config?.id}@`.length);
    return safeStorage.keys().filter((key) => {
      const match = /^sm-maturity-check:([^@]*)@([^#:]*)(#[^:]*)?(?::history)?$/.exec(key);
      return !!match && match[1] === this.config?.id && (match[3] ?? '') === suffix;
    });
  }

  private get historyKey(): string {
    return `${this.key}:history`;
  }

  /**
   * Switches to `config`: what was saved for it (a saved result is shown straight away). What was
   * saved for other versions of it is removed (nothing to resume, no comparison across versions),
   * and with `persist="none"` what was saved for this one as well.
   */
  restore(config: Config): void {
    this.config = config;
    const local = this.options.persist();
    const current = [this.key, this.historyKey];
    for (const key of this.keysOfAllVersions()) if (!local || !current.includes(key)) safeStorage.remove(key);
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

  /** Removes what this instance stored for the config in use, any version: progress and the last results. */
  forget(): void {
    if (this.config) for (const key of this.keysOfAllVersions()) safeStorage.remove(key);
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
