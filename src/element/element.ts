import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Config } from '../core/schema.ts';
import type { Answers } from '../core/answers.ts';
import { toggleOption } from '../core/answers.ts';
import { scoreAnswers, type Result } from '../core/scoring.ts';
import { encodeShareCode, decodeShareCode } from '../core/share-code.ts';
import { initialState, next, parseSavedState, type QuizState, type QuizAction } from '../core/quiz-state.ts';
import { LIMITS } from '../core/limits.ts';
import { defaultConfig } from '../content/report-2011.ts';
import { messages, percent, toLang, type Lang } from '../i18n/index.ts';
import { renderIntro } from '../ui/intro.ts';
import { renderQuestion } from '../ui/question.ts';
import { renderResults } from '../ui/results.ts';
import { renderShare } from '../ui/share.ts';
import { parseHistory, recordResult, type History } from '../core/history.ts';
import type { View } from '../ui/view.ts';
import { styles } from './styles.ts';
import { safeStorage } from './storage.ts';
import { loadConfig } from './config-loader.ts';
import {
  SmAnswerEvent,
  SmCompleteEvent,
  SmErrorEvent,
  SmShareEvent,
  SmStartEvent,
  type ErrorCode,
  type ShareChannel,
} from './events.ts';

type Status = 'ready' | 'loading' | 'error';

/**
 * A social-media maturity check: questions, an indicative benchmark position and learning
 * suggestions, after the survey 'Sociale media aan het werk' (2011).
 *
 * @summary Social-media maturity check with an indicative benchmark.
 * @tagname sm-maturity-check
 *
 * @fires sm-start - The visitor starts the check. `detail: {}`
 * @fires sm-answer - The visitor chooses an answer. `detail: { questionId, answer, step, total }`
 * @fires sm-complete - The visitor reaches the results. `detail: { result }`
 * @fires sm-error - Something failed that the host should know about. `detail: { code, message }`
 * @fires sm-share - The visitor shares the result (cancelable). `detail: { channel, url }`
 *
 * @csspart panel - The widget's box.
 * @csspart heading - The heading of each step.
 * @csspart button - Every button.
 * @csspart progress - The progress bar.
 * @csspart question - The legend holding a question.
 * @csspart option - One answer option (a label around a native radio or checkbox).
 * @csspart segment - The segment line of the results.
 * @csspart chart - A benchmark chart.
 * @csspart suggestion - One learning suggestion.
 *
 * @cssproperty --sm-accent - Accent colour of buttons, focus rings and charts (default #0b5cad).
 * @cssproperty --sm-accent-text - Text on the accent colour (default #ffffff).
 * @cssproperty --sm-text - Text colour (default #1d2733).
 * @cssproperty --sm-muted - Secondary text colour (default #4a5663).
 * @cssproperty --sm-surface - Background (default #ffffff).
 * @cssproperty --sm-border - Borders and chart bars (default #8a96a3).
 * @cssproperty --sm-radius - Corner radius (default 0.5rem).
 * @cssproperty --sm-font - Font family (default the system font).
 */
export class SmMaturityCheck extends LitElement {
  static override styles = styles;
  // Declared without decorators: the same reactive properties, some hundred bytes lighter.
  static override properties = {
    lang: {},
    src: {},
    shareBase: { attribute: 'share-base' },
    persist: {},
    config: { attribute: false },
    active: { state: true },
    status: { state: true },
    errorMessage: { state: true },
    shared: { state: true },
    notice: { state: true },
    showRequired: { state: true },
    announcement: { state: true },
    shareStatus: { state: true },
  };

  /** Language: `nl` or `en`; else the closest `[lang]` ancestor's; else `nl`. */
  override lang = '';
  /** URL of a config JSON to use instead of the built-in one. */
  src = '';
  /** Base URL for share links (default: this page without its fragment). */
  shareBase = '';
  /** `local` keeps progress and the last result in localStorage; `none` keeps nothing. */
  persist: 'local' | 'none' = 'local';
  /** A config object to use instead of the built-in one (validated; errors fire `sm-error`). */
  config: unknown = undefined;

  private active: Config = defaultConfig;
  private status: Status = 'ready';
  private errorMessage = '';
  private shared: Answers | null = null;
  private notice = '';
  private showRequired = false;
  private announcement = '';
  private shareStatus = '';

  private quiz: QuizState = initialState();
  private saved: QuizState | null = null;
  private history: History | null = null;
  private loadToken = 0;
  private pending: Promise<unknown> = Promise.resolve();
  private moveFocus = false;
  private storageReported = false;
  private sharedChecked = false;
  private scored?: { answers: Answers; config: Config; lang: Lang; result: Result };

  /** The visitor's result once the check is complete (or a shared result is shown), else null. */
  get result(): Result | null {
    const answers = this.shared ?? (this.quiz.step === 'results' ? this.quiz.answers : null);
    if (!answers) return null;
    const { active: config, language: lang, scored } = this;
    if (scored?.answers !== answers || scored.config !== config || scored.lang !== lang) {
      this.scored = { answers, config, lang, result: scoreAnswers(config, answers, { lang }) };
    }
    return { ...this.scored!.result, shareUrl: this.shareUrl(answers) };
  }

  /** Forgets progress (memory and storage) and returns to the intro. */
  reset(): void {
    this.shared = null;
    this.saved = null;
    safeStorage.remove(this.storageKey);
    this.setQuiz(initialState(), false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.src && this.config === undefined) this.activate(defaultConfig);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.load(() => loadConfig({ src: this.src }));
    if (changed.has('config') && this.config !== undefined) this.load(() => loadConfig({ object: this.config }));
    if (changed.has('persist') && this.persist === 'none') safeStorage.remove(this.storageKey);
  }

  protected override updated(): void {
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pending;
    return super.getUpdateComplete();
  }

  private get language(): Lang {
    return toLang(this.lang) ?? toLang(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? 'nl';
  }

  private get storageKey(): string {
    return `sm-maturity-check:${this.active.id}@${this.active.version}${this.id ? `#${this.id}` : ''}`;
  }

  private load(task: () => ReturnType<typeof loadConfig>): void {
    const token = ++this.loadToken;
    this.status = 'loading';
    this.pending = task().then((outcome) => {
      if (token !== this.loadToken) return;
      if (outcome.ok) this.activate(outcome.config);
      else {
        this.status = 'error';
        this.errorMessage = outcome.message;
        this.fail(outcome.code, outcome.message);
      }
    });
  }

  /** A new config keeps progress only when its id and version match the one in use. */
  private activate(config: Config): void {
    const same = config.id === this.active.id && config.version === this.active.version;
    this.active = config;
    this.status = 'ready';
    if (!same || !this.hasUpdated) {
      this.saved = this.persist === 'local' ? parseSavedState(config, safeStorage.read(this.storageKey)) : null;
      this.quiz = this.saved?.step === 'results' ? this.saved : initialState();
      this.history = this.persist === 'local' ? parseHistory(safeStorage.read(`${this.storageKey}:history`)) : null;
      this.readShareLink();
    }
    this.requestUpdate();
  }

  private readShareLink(): void {
    if (this.sharedChecked) return;
    this.sharedChecked = true;
    const match = /^#sm=(.*)$/.exec(globalThis.location?.hash ?? '');
    if (!match) return;
    const code = match[1] ?? '';
    const answers = code.length <= LIMITS.shareCodeChars ? decodeShareCode(this.active, code) : null;
    if (answers) {
      this.shared = answers;
      this.announcement = this.messages.sharedHeading;
    } else {
      this.notice = this.messages.badLink;
      this.fail('share-link', 'The share link in the page address is invalid, tampered with or made for another config.');
    }
  }

  private fail(code: ErrorCode, message: string): void {
    this.dispatchEvent(new SmErrorEvent(code, message));
  }

  private get messages() {
    return messages[this.language];
  }

  private shareUrl(answers: Answers): string {
    const base = (this.shareBase || globalThis.location?.href || '').split('#')[0];
    return `${base}#sm=${encodeShareCode(this.active, answers)}`;
  }

  private setQuiz(quiz: QuizState, moveFocus = true): void {
    const stepChanged = quiz.step !== this.quiz.step || quiz.index !== this.quiz.index;
    this.quiz = quiz;
    this.showRequired = false;
    this.moveFocus = moveFocus && stepChanged;
    if (stepChanged) this.announce();
    this.save();
    this.requestUpdate();
  }

  private dispatch(action: QuizAction): QuizState {
    const after = next(this.active, this.quiz, action);
    this.setQuiz(after);
    return after;
  }

  private announce(): void {
    const msg = this.messages;
    if (this.quiz.step === 'question') this.announcement = msg.progress(this.quiz.index + 1, this.active.questions.length);
    const r = this.result;
    if (r) this.announcement = `${msg.segment(r.segment.label)}. ${msg.percentile(r.overall.percentile)}`;
  }

  private save(): void {
    if (this.persist !== 'local') return;
    const ok = safeStorage.write(this.storageKey, JSON.stringify({ v: 1, ...this.quiz }));
    if (!ok && !this.storageReported) {
      this.storageReported = true;
      this.fail('storage', 'localStorage is unavailable or full; progress is kept in memory only.');
    }
  }

  private readonly onStart = () => {
    this.shared = null;
    this.notice = '';
    this.saved = null;
    this.dispatch({ type: 'start' });
    this.dispatchEvent(new SmStartEvent());
  };

  private readonly onResume = () => {
    if (this.saved) this.dispatch({ type: 'resume', state: this.saved });
    this.saved = null;
  };

  private readonly onChoose = (optionId: string, checked: boolean) => {
    const question = this.active.questions[this.quiz.index];
    if (!question) return;
    const current = this.quiz.answers[question.id];
    const answer = question.type === 'multiple' ? toggleOption(question, current, optionId) : optionId;
    if (!checked && question.type !== 'multiple') return;
    this.dispatch({ type: 'answer', questionId: question.id, answer });
    this.dispatchEvent(
      new SmAnswerEvent({ questionId: question.id, answer, step: this.quiz.index + 1, total: this.active.questions.length }),
    );
  };

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const before = this.quiz;
    const after = this.dispatch({ type: 'next' });
    if (after === before || (after.step === before.step && after.index === before.index)) {
      this.showRequired = true;
      return;
    }
    const result = after.step === 'results' ? this.result : null;
    if (!result) return;
    this.history = recordResult(this.history, result, new Date().toISOString());
    if (this.persist === 'local') safeStorage.write(`${this.storageKey}:history`, JSON.stringify(this.history));
    this.dispatchEvent(new SmCompleteEvent(result));
  };

  private readonly onShare = async (channel: ShareChannel, event: Event) => {
    const result = this.result;
    if (!result?.shareUrl) return;
    const share = new SmShareEvent(channel, result.shareUrl);
    this.dispatchEvent(share);
    const navigates = event.currentTarget instanceof HTMLAnchorElement;
    if (share.defaultPrevented) event.preventDefault();
    if (share.defaultPrevented || navigates) return;
    const msg = this.messages;
    try {
      if (channel === 'copy') {
        await navigator.clipboard.writeText(result.shareUrl);
        this.shareStatus = msg.copied;
      } else {
        const { drawCard } = await import('../ui/card.ts');
        const blob = await drawCard(this.view(), result, this.colours());
        const file = new File([blob], `${this.active.id}.png`, { type: 'image/png' });
        const text = msg.shareText(result.segment.label, result.overall.percentile);
        if (channel === 'native') {
          const files = navigator.canShare?.({ files: [file] }) ? [file] : undefined;
          await navigator.share({ title: this.active.title[this.language], text, url: result.shareUrl, files });
        } else this.download(file);
      }
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') return;
      if (channel === 'copy') {
        this.shareStatus = msg.copyFailed;
        this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
      }
      this.fail(channel === 'download' ? 'card' : 'share', `Sharing by ${channel} failed: ${(error as Error)?.message ?? error}`);
    }
  };

  /** The theme as the card needs it: resolved colours of the rendered widget. */
  private colours() {
    const style = (selector: string) => getComputedStyle(this.renderRoot.querySelector(selector) ?? this);
    return { accent: style('[part~="segment"]').color, text: style('[part~="panel"]').color, surface: style('[part~="panel"]').backgroundColor };
  }

  private download(file: File): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private readonly onRetry = () => {
    this.moveFocus = true;
    this.load(() => loadConfig(this.src ? { src: this.src } : { object: this.config }));
  };

  private readonly onBack = () => this.dispatch({ type: 'back' });

  private readonly onRetake = () => {
    this.shared = null;
    this.shareStatus = '';
    this.saved = null;
    this.dispatch({ type: 'restart' });
  };

  private view(): View {
    const lang = this.language;
    return { config: this.active, lang, msg: messages[lang], t: (text) => text[lang], percent: (s) => percent(lang, s) };
  }

  private renderStep(view: View) {
    if (this.status === 'loading') return html`<p role="status">${view.msg.loading}</p>`;
    if (this.status === 'error') {
      return html`<h2 tabindex="-1" part="heading">${view.msg.configError}</h2>
        <p class="error">${this.errorMessage}</p>
        <div class="actions">
          <button class="primary" part="button" data-action="retry" @click=${this.onRetry}>
            ${view.msg.retry}
          </button>
        </div>`;
    }
    const result = this.result;
    if (result) {
      const share = this.shared
        ? nothing
        : renderShare(view, {
            url: result.shareUrl ?? '',
            text: view.msg.shareText(result.segment.label, result.overall.percentile),
            status: this.shareStatus,
            canNativeShare: typeof navigator.share === 'function',
            onShare: this.onShare,
          });
      return renderResults(view, { result, shared: !!this.shared, previous: this.history?.previous, share, onRetake: this.onRetake });
    }
    const question = this.active.questions[this.quiz.index];
    if (this.quiz.step === 'question' && question) {
      return renderQuestion(view, {
        question,
        index: this.quiz.index,
        answer: this.quiz.answers[question.id],
        showRequired: this.showRequired,
        onChoose: this.onChoose,
        onNext: this.onNext,
        onBack: this.onBack,
      });
    }
    const resumeAt = this.saved?.step === 'question' ? this.saved.index + 1 : undefined;
    return renderIntro(view, { resumeAt, notice: this.notice || undefined, onStart: this.onStart, onResume: this.onResume });
  }

  override render() {
    const view = this.view();
    return html`<section part="panel" lang=${view.lang} data-step=${this.status !== 'ready' ? this.status : this.result ? 'results' : this.quiz.step}>
      ${this.renderStep(view)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
