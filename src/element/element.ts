import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Config } from '../core/schema.ts';
import { toggleOption, type Answers } from '../core/answers.ts';
import type { Result } from '../core/scoring.ts';
import { encodeShareCode } from '../core/share-code.ts';
import { next, type QuizState, type QuizAction } from '../core/quiz-state.ts';
import { defaultConfig } from '../content/report-2011.ts';
import { messages, percent } from '../i18n/index.ts';
import { renderIntro } from '../ui/intro.ts';
import { renderQuestion } from '../ui/question.ts';
import { renderResults } from '../ui/results.ts';
import { runShare } from '../ui/share.ts';
import type { View } from '../ui/view.ts';
import { styles } from './styles.ts';
import { ConfigController } from './controllers/config.ts';
import { LanguageController } from './controllers/language.ts';
import { ProgressController } from './controllers/progress.ts';
import { ResultsController } from './controllers/results.ts';
import { ShareLinkController, shareUrl } from './controllers/share-link.ts';
import {
  SmAnswerEvent,
  SmCompleteEvent,
  SmShareEvent,
  SmStartEvent,
  errorEvent,
  type ErrorCode,
  type ShareChannel,
} from './events.ts';
import { VERSION } from '../version.ts';

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
  /** The package version; a second copy on the page compares it before defining. */
  static readonly version = VERSION;

  /**
   * Registers the element as `<sm-maturity-check>`, or under another tag name. A tag already
   * taken is left alone (a warning names both versions when they differ), so loading the script
   * twice is harmless.
   */
  static define(tag = 'sm-maturity-check'): void {
    const existing = customElements.get(tag) as { version?: string } | undefined;
    if (existing) {
      if (existing.version !== VERSION)
        console.warn(
          `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; ${VERSION} is not used.`,
        );
      return;
    }
    customElements.define(
      tag,
      tag === 'sm-maturity-check' && !customElements.getName?.(this) ? this : class extends this {},
    );
  }

  static override styles = styles;
  static override properties = {
    src: {},
    shareBase: { attribute: 'share-base' },
    persist: {},
    config: { attribute: false },
    // The native `lang` property stays (setting it writes the attribute); this only re-renders
    // the element, in the same task, when its own `lang` attribute changes.
    langAttribute: { attribute: 'lang' },
    shared: { state: true },
    notice: { state: true },
    showRequired: { state: true },
    announcement: { state: true },
    shareStatus: { state: true },
  };

  /** URL of a config JSON to use instead of the built-in one. */
  src = '';
  /** Base URL for share links (default: this page without its fragment). */
  shareBase = '';
  /** `local` keeps progress and the last result in localStorage; `none` keeps nothing. */
  persist: 'local' | 'none' | '' = 'local';
  /** A config object to use instead of the built-in one (validated; errors fire `sm-error`). */
  config: unknown = undefined;

  /** @internal Mirrors the `lang` attribute (see `properties`); the language itself is `language.value`. */
  protected langAttribute?: string | null;
  private shared: Answers | null = null;
  private notice = '';
  private showRequired = false;
  private announcement = '';
  private shareStatus = '';
  private moveFocus = false;
  /** The config in use; set when the config controller has one ready. */
  private active?: Config;

  private readonly configs = new ConfigController(this, (code, message) => this.fail(code, message));
  private readonly language = new LanguageController(this, () => {
    const { languages } = (this.active ?? {}) as { languages?: string[] };
    return languages ?? ['nl', 'en'];
  });
  private readonly progress = new ProgressController(this, {
    persist: () => this.persist !== 'none',
    id: () => this.id,
    onStorageError: () => this.fail('storage', 'localStorage is unavailable or full; progress is kept in memory only.'),
  });
  private readonly results = new ResultsController(this, () => ({
    config: this.active ?? defaultConfig,
    lang: this.language.value,
  }));
  private readonly shareLink = new ShareLinkController();

  /** The visitor's result once the check is complete (or a shared result is shown), else null. */
  get result(): Result | null {
    const { active: config } = this;
    const answers = this.shared ?? (this.progress.quiz.step === 'results' ? this.progress.quiz.answers : null);
    if (!answers || !config) return null;
    const result = this.results.score(config, answers, this.language.value);
    return { ...result, shareUrl: shareUrl(this.shareBase, encodeShareCode(config, answers)) };
  }

  /** Forgets progress (memory and storage) and returns to the intro. */
  reset(): void {
    this.shared = null;
    this.notice = this.shareStatus = '';
    this.progress.reset();
  }

  /** Also waits for a config being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.configs.settled;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('config')) {
      const { src, config } = this;
      this.configs.load(src ? { src } : config !== undefined ? { object: config } : undefined);
    }
    if (changed.has('persist') && this.persist === 'none') this.progress.forget();
    const status = this.configs.status;
    if (status.kind === 'ready' && status.config !== this.active) this.activate(status.config);
  }

  /** A new config keeps progress only when its id and version match the one in use. */
  private activate(config: Config): void {
    const same = config.id === this.active?.id && config.version === this.active.version;
    this.active = config;
    if (same) return;
    this.progress.restore(config);
    const link = this.shareLink.read(config);
    if (link.kind === 'result') this.shared = link.answers;
    if (link.kind !== 'invalid') return;
    this.notice = messages[this.language.value].badLink;
    this.fail('share-link', 'The share link in the page address is invalid, tampered with or made for another config.');
  }

  protected override updated(): void {
    // A step without a heading (loading) keeps the request for the step that follows it.
    const heading = this.moveFocus && this.renderRoot.querySelector('h2');
    if (!heading) return;
    heading.focus();
    this.moveFocus = false;
  }

  private fail(code: ErrorCode, message: string): void {
    this.dispatchEvent(errorEvent(code, message));
  }

  private go(quiz: QuizState, moveFocus = true): void {
    const before = this.progress.quiz;
    const moved = quiz.step !== before.step || quiz.index !== before.index;
    if (moved) this.notice = '';
    this.showRequired = false;
    this.moveFocus = moveFocus && moved;
    if (moved && quiz.step === 'question')
      this.announcement = this.msg.progress(quiz.index + 1, this.active!.questions.length);
    this.progress.set(quiz);
  }

  private dispatch(action: QuizAction): QuizState {
    this.go(next(this.active!, this.progress.quiz, action));
    return this.progress.quiz;
  }

  private get msg() {
    return messages[this.language.value];
  }

  private readonly onStart = () => {
    this.shared = this.progress.saved = null;
    this.dispatch({ type: 'start' });
    this.dispatchEvent(new SmStartEvent());
  };

  private readonly onResume = () => {
    const { saved } = this.progress;
    if (saved) this.dispatch({ type: 'resume', state: saved });
    this.progress.saved = null;
  };

  private readonly onChoose = (optionId: string, checked: boolean) => {
    const { index, answers } = this.progress.quiz;
    const question = this.active!.questions[index];
    if (!question || (!checked && question.type !== 'multiple')) return;
    const answer = question.type === 'multiple' ? toggleOption(question, answers[question.id], optionId) : optionId;
    this.dispatch({ type: 'answer', questionId: question.id, answer });
    const total = this.active!.questions.length;
    this.dispatchEvent(new SmAnswerEvent({ questionId: question.id, answer, step: index + 1, total }));
  };

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const before = this.progress.quiz;
    const after = this.dispatch({ type: 'next' });
    if (after.step === before.step && after.index === before.index) this.showRequired = true;
    if (after.step === 'results' && before.step !== 'results') this.finish();
  };

  /** The visitor reached the results: announce them, remember them, tell the host (once). */
  private finish(): void {
    const result = this.result;
    if (!result) return;
    this.announcement = `${this.msg.segment(result.segment.label)}. ${this.msg.percentile(result.overall.percentile)}`;
    this.progress.record(result);
    this.dispatchEvent(new SmCompleteEvent(result));
  }

  private readonly onShare = (channel: ShareChannel, event: Event) => {
    const result = this.result;
    if (!result?.shareUrl) return;
    const share = new SmShareEvent(channel, result.shareUrl);
    this.dispatchEvent(share);
    if (share.defaultPrevented) event.preventDefault();
    // A cancelled action is the host's to carry out; a plain link navigates by itself.
    if (share.defaultPrevented || event.currentTarget instanceof HTMLAnchorElement) return;
    runShare(this.renderRoot, this.view(), result, channel).then(
      (status) => (this.shareStatus = status),
      (error: Error) => {
        // A share the visitor cancelled, or one that ended after the element left the page: nothing to say.
        if (error?.name === 'AbortError' || !this.isConnected) return;
        if (channel === 'copy') {
          this.shareStatus = this.msg.copyFailed;
          this.renderRoot.querySelector('input')?.select();
        }
        this.fail(
          channel === 'copy' || channel === 'native' ? 'share' : 'card',
          `Sharing by ${channel} failed: ${error?.message ?? error}`,
        );
      },
    );
  };

  private readonly onRetry = () => {
    this.moveFocus = true;
    this.configs.retry();
  };

  private readonly onBack = () => this.dispatch({ type: 'back' });

  private readonly onRetake = () => {
    this.shared = this.progress.saved = null;
    this.shareStatus = '';
    this.dispatch({ type: 'restart' });
    this.moveFocus = true;
  };

  private view(): View {
    const lang = this.language.value;
    const config = this.active ?? defaultConfig;
    return { config, lang, msg: messages[lang], t: (text) => text[lang], percent: (s) => percent(lang, s) };
  }

  private renderStep(view: View) {
    const { msg } = view;
    const status = this.configs.status;
    if (status.kind === 'error') {
      return html`<h2 tabindex="-1" part="heading">${msg.configError}</h2>
        <p class="error">${status.message}</p>
        <button class="primary" part="button" data-action="retry" @click=${this.onRetry}>${msg.retry}</button>`;
    }
    if (status.kind === 'loading' || !this.active) return html`<p role="status">${msg.loading}</p>`;
    const result = this.result;
    if (result) {
      const share = this.shared
        ? undefined
        : {
            url: result.shareUrl ?? '',
            text: msg.shareText(result.segment.label, result.overall.percentile),
            status: this.shareStatus,
            canNativeShare: typeof navigator.share === 'function',
            onShare: this.onShare,
          };
      const previous = this.progress.history?.previous;
      return renderResults(view, { result, shared: !!this.shared, previous, share, onRetake: this.onRetake });
    }
    const { step, index, answers } = this.progress.quiz;
    const question = this.active.questions[index];
    if (step === 'question' && question) {
      return renderQuestion(view, {
        question,
        index,
        answer: answers[question.id],
        showRequired: this.showRequired,
        onChoose: this.onChoose,
        onNext: this.onNext,
        onBack: this.onBack,
      });
    }
    const { saved } = this.progress;
    const resumeAt = saved?.step === 'question' ? saved.index + 1 : undefined;
    return renderIntro(view, { resumeAt, onStart: this.onStart, onResume: this.onResume });
  }

  protected override render() {
    const view = this.view();
    const status = this.configs.status.kind;
    const step = status !== 'ready' || !this.active ? status : this.result ? 'results' : this.progress.quiz.step;
    return html`<section part="panel" lang=${view.lang} data-step=${step}>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing} ${this.renderStep(view)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
