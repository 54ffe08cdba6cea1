import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Config } from '../core/schema.ts';
import type { Answers } from '../core/answers.ts';
import type { Result } from '../core/scoring.ts';
import { encodeShareCode } from '../core/share-code.ts';
import { messages, percent } from '../i18n/index.ts';
import { renderIntro } from '../ui/intro.ts';
import { renderQuestion } from '../ui/question.ts';
import { renderResults } from '../ui/results.ts';
import type { View } from '../ui/view.ts';
import { styles } from './styles.ts';
import { ConfigController } from './controllers/config.ts';
import { LanguageController } from './controllers/language.ts';
import { ProgressController } from './controllers/progress.ts';
import { ResultsController } from './controllers/results.ts';
import { ShareController, shareUrl } from './controllers/share.ts';
import { QuizController } from './controllers/quiz.ts';
import { SmSharedOpenEvent, errorEvent, type ErrorCode } from './events.ts';
import { NextStepController } from './next-step.ts';
import { VERSION } from '../version.ts';
import { pickLanguage } from '../core/languages.ts';
import { renderConfigError } from '../ui/config-error.ts';
import { describeIssues } from './config-loader.ts';
import type { Lang } from '../core/lang.ts';

/**
 * A social-media maturity check: questions, an indicative benchmark position and learning
 * suggestions, after the survey 'Sociale media aan het werk' (2011).
 *
 * @summary Social-media maturity check with an indicative benchmark.
 * @tagname sm-maturity-check
 *
 * @attr lang - The standard `lang`: `nl` or `en` (`en-GB` counts as `en`); else the nearest ancestor's
 *   supported `lang` (across shadow roots), else `<html lang>`, else `nl`. `el.lang` writes it.
 *
 * @fires sm-start - The visitor starts the check. `detail: {}`
 * @fires sm-answer - The visitor chooses an answer. `detail: { questionId, answer, step, total }`
 * @fires sm-complete - The visitor reaches the results. `detail: { result }`
 * @fires sm-error - Something failed that the host should know about. `detail: { code, message }`
 * @fires sm-share - The visitor shares the result (cancelable). `detail: { channel, url }`
 * @fires sm-lead - The visitor consented to send the result; before the first attempt (cancelable). `detail`: payload
 * @fires sm-shared-open - A shared result (`#sm=` link) is shown. `detail: { configId, version, segment }`
 *
 * @slot - Fallback content (a contact link): shown until the element runs, and with a config error.
 * @slot cta - The host's own next step after the suggestions, instead of the config's call to action.
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
 * @csspart subheading - A sub-heading of the results (dimensions, suggestions, sharing, the form).
 * @csspart link - A text link in the results (read more, the source, the privacy statement).
 * @csspart share-input - The share link's read-only field.
 * @csspart form - The delivery form.
 * @csspart cta - The call to action's link.
 * @csspart error - The visitor's message when the config cannot be used.
 *
 * @cssproperty --sm-accent - Accent colour of buttons, focus rings and charts (default #0b5cad).
 * @cssproperty --sm-accent-text - Text on the accent colour (default #ffffff).
 * @cssproperty --sm-text - Text colour (default #1d2733).
 * @cssproperty --sm-muted - Secondary text colour (default #4a5663).
 * @cssproperty --sm-surface - Background (default #ffffff).
 * @cssproperty --sm-border - Borders and chart bars (default #8a96a3).
 * @cssproperty --sm-radius - Corner radius (default 0.5rem).
 * @cssproperty --sm-font - Font family (default the system font).
 * @cssproperty --sm-error - Colour of error messages (default #b00020).
 * @cssproperty --sm-notice - Accent line of notices (default the accent colour).
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
    endpoint: {},
    privacyUrl: { attribute: 'privacy-url' },
    config: { attribute: false },
    // Internal state (not `state: true`, which manifest analyzers list as attributes).
    shared: { attribute: false },
    notice: { attribute: false },
  };

  /** URL of a config JSON to use instead of the built-in one. */
  src = '';
  /** Base URL for share links (default: this page without its fragment). */
  shareBase = '';
  /** `local` keeps progress and the last result in localStorage; `none` keeps nothing. */
  persist: 'local' | 'none' | '' = 'local';
  /** A config object to use instead of the built-in one (validated; errors fire `sm-error`). */
  config: unknown = undefined;
  /** Where to POST a result the visitor consents to send (https; http only on localhost). Off when empty. */
  endpoint = '';
  /** The host's privacy statement (https); required with `endpoint`. */
  privacyUrl = '';

  private shared: Answers | null = null;
  private notice = '';
  /** The config in use; set when the config controller has one ready. */
  private active?: Config;

  private readonly configs = new ConfigController(this, (code, message, issues) => {
    // The developer's side: every issue with its path, on the console.
    console.warn(describeIssues(this.localName, message, issues));
    this.fail(code, message);
  });
  private readonly language = new LanguageController(this, () => {
    const { languages } = (this.active ?? {}) as { languages?: string[] };
    return languages ?? ['nl', 'en'];
  });
  private readonly progress = new ProgressController(this, {
    persist: () => this.persist !== 'none',
    id: () => this.id,
    onStorageError: () => this.fail('storage', 'localStorage is unavailable or full; progress is kept in memory only.'),
  });
  private readonly results = new ResultsController(this, () =>
    this.active ? { config: this.active, lang: this.lang_ } : undefined,
  );
  private readonly sharing = new ShareController(this, {
    result: () => this.result,
    view: () => this.view(this.active!),
    fail: (code, message) => this.fail(code, message),
  });
  private readonly nextStep = new NextStepController(this, {
    endpoint: () => this.endpoint,
    privacyUrl: () => this.privacyUrl,
    persist: () => this.persist !== 'none',
  });
  private readonly quiz = new QuizController(this, this.progress, {
    config: () => this.active!,
    msg: () => this.msg,
    result: () => this.result,
    onLeave: (what) => {
      this.notice = '';
      if (what === 'start') [this.shared, this.sharing.status] = [null, ''];
    },
  });

  /** The visitor's result once the check is complete (or a shared result is shown), else null. */
  get result(): Result | null {
    const { active: config } = this;
    const answers = this.shared ?? (this.progress.quiz.step === 'results' ? this.progress.quiz.answers : null);
    if (!answers || !config) return null;
    const result = this.results.score(config, answers, this.lang_);
    return { ...result, shareUrl: shareUrl(this.shareBase, encodeShareCode(config, answers)) };
  }

  /** Forgets progress (memory and storage) and returns to the intro. */
  reset(): void {
    this.shared = null;
    this.notice = this.sharing.status = '';
    this.progress.reset();
  }

  /** Also takes in a `lang` change not yet observed, and waits for a config being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    this.language.flush();
    await super.getUpdateComplete();
    await this.configs.settled;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update loads a config in any case: the host's, or the built-in one (its own chunk).
    if (!this.hasUpdated || changed.has('src') || changed.has('config')) {
      const { src, config } = this;
      this.configs.load(src ? { src } : config !== undefined ? { object: config } : undefined);
    }
    if (changed.has('persist') && this.persist === 'none') this.progress.forget();
    if (changed.has('endpoint') || changed.has('privacyUrl')) this.nextStep.check();
    const status = this.configs.status;
    if (status.kind === 'ready' && status.config !== this.active) this.activate(status.config);
  }

  /** A new config keeps progress only when its id and version match the one in use. */
  private activate(config: Config): void {
    const same = config.id === this.active?.id && config.version === this.active.version;
    this.active = config;
    if (same) return;
    this.progress.restore(config);
    const link = this.sharing.read(config);
    if (link.kind === 'result') {
      this.shared = link.answers;
      const { segment } = this.results.score(config, link.answers, this.lang_);
      this.dispatchEvent(new SmSharedOpenEvent({ configId: config.id, version: config.version, segment: segment.id }));
    }
    if (link.kind !== 'invalid') return;
    const otherVersion = link.reason === 'other-version';
    const msg = messages[this.lang_];
    this.notice = otherVersion ? msg.otherVersionLink : msg.badLink;
    this.fail(
      'share-link',
      otherVersion
        ? 'The share link in the page address was made with another version of this config.'
        : 'The share link in the page address does not work: invalid, or made for another config or version.',
    );
  }

  private fail(code: ErrorCode, message: string): void {
    this.dispatchEvent(errorEvent(code, message));
  }

  /** The language shown: the one asked for when the config has texts in it, else the config's first. */
  private get lang_(): Lang {
    return pickLanguage(this.language.value, this.active?.languages);
  }

  private get msg() {
    return messages[this.lang_];
  }

  /**
   * The receiver of a shared link takes the check: the sender's result goes, and with it an exact
   * `#sm=…` fragment (a hash router's fragment is left alone), so a reload shows the receiver's own
   * progress. Saved progress of their own is offered to resume; otherwise the first question.
   */
  private readonly onTakeYourself = () => {
    if (/^#sm=/.test(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    if (this.progress.saved?.step !== 'question') return this.quiz.start();
    [this.shared, this.sharing.status] = [null, ''];
    this.quiz.focusNext();
    this.requestUpdate();
  };

  private readonly onRetry = () => {
    this.quiz.focusNext();
    this.configs.retry();
  };

  private view(config: Config): View {
    const lang = this.lang_;
    return { config, lang, msg: messages[lang], t: (text) => text[lang], percent: (s) => percent(lang, s) };
  }

  /** `result`: the visitor's result, computed once per render (it encodes the share code). */
  private renderStep(result: Result | null) {
    const msg = this.msg;
    const status = this.configs.status;
    if (status.kind === 'error') {
      const lang = this.lang_;
      // A retry helps only what failed to load (a host's config, a chunk), never an invalid config.
      const loadFailed = status.code === 'config-fetch' || status.code === 'network';
      return renderConfigError({ lang, msg: messages[lang] }, loadFailed, this.onRetry);
    }
    if (status.kind === 'loading' || !this.active) return html`<p role="status">${msg.loading}</p>`;
    const view = this.view(this.active);
    if (result) {
      const share = this.shared
        ? undefined
        : {
            url: result.shareUrl ?? '',
            text: msg.shareText(result.segment.label, result.overall.percentile),
            status: this.sharing.status,
            canNativeShare: typeof navigator.share === 'function',
            onShare: this.sharing.share,
          };
      const previous = this.progress.history?.previous;
      return renderResults(view, {
        result,
        shared: !!this.shared,
        previous,
        share,
        onRetake: this.shared ? this.onTakeYourself : this.quiz.retake,
        sharedLine: msg.sharedProfile(result.segment.label),
        after: this.nextStep.render(view, result, !!this.shared),
      });
    }
    const { step, index, answers } = this.progress.quiz;
    const question = this.active.questions[index];
    if (step === 'question' && question) {
      return renderQuestion(view, {
        question,
        index,
        answer: answers[question.id],
        showRequired: this.quiz.showRequired,
        onChoose: this.quiz.choose,
        onNext: this.quiz.next,
        onBack: this.quiz.back,
      });
    }
    const { saved } = this.progress;
    const resumeAt = saved?.step === 'question' ? saved.index + 1 : undefined;
    return renderIntro(view, {
      resumeAt,
      onStart: this.quiz.start,
      onResume: this.quiz.resume,
      privacy: this.nextStep.privacy(view),
    });
  }

  protected override render() {
    const result = this.result;
    const status = this.configs.status.kind;
    const step = status !== 'ready' || !this.active ? status : result ? 'results' : this.progress.quiz.step;
    return html`<section part="panel" lang=${this.lang_} data-step=${step}>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing} ${this.renderStep(result)}
      <div class="sr-only" role="status" aria-live="polite">${this.quiz.announcement}</div>
    </section>`;
  }
}
