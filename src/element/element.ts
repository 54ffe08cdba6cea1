import { html, nothing } from 'lit/html.js';
import { ReactiveElement, type Changes, type PropertyDeclarations } from './reactive.ts';
import type { Config } from '../core/schema.ts';
import { toggleOption, type Answers } from '../core/answers.ts';
import type { Result } from '../core/scoring.ts';
import {
  initialState,
  next,
  parseSavedState,
  serializeState,
  type QuizState,
  type QuizAction,
} from '../core/quiz-state.ts';
import { parseHistory, recordResult, type History } from '../core/history.ts';
import { defaultConfig } from '../content/report-2011.ts';
import { messages, percent, toLang, type Lang } from '../i18n/index.ts';
import { renderIntro } from '../ui/intro.ts';
import { renderQuestion } from '../ui/question.ts';
import type { View } from '../ui/view.ts';
import { styles } from './styles.ts';
import { safeStorage } from './storage.ts';
import { loadConfig, type ConfigSource } from './config-loader.ts';
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
import { NextStepController } from './next-step.ts';
import { SmSharedOpenEvent } from './events.ts';
import { consultancyMessages } from '../i18n/consultancy.ts';
import { pickLanguage } from '../core/languages.ts';
import type { ConfigIssue } from '../core/parse-config.ts';

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
export class SmMaturityCheck extends ReactiveElement {
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
  static override properties: PropertyDeclarations = {
    lang: {},
    src: {},
    shareBase: { attribute: 'share-base' },
    persist: {},
    endpoint: {},
    privacyUrl: { attribute: 'privacy-url' },
    config: { attribute: false },
    active: { attribute: false },
    status: { attribute: false },
    shared: { attribute: false },
    notice: { attribute: false },
    showRequired: { attribute: false },
    announcement: { attribute: false },
    shareStatus: { attribute: false },
  };

  /** Language: `nl` or `en`; else the closest `[lang]` ancestor's; else `nl`. */
  override lang = '';
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

  private active: Config = defaultConfig;
  /** '' when ready, 'loading', or the error message of a config that failed. */
  private status = '';
  /** Why the config failed: only one that failed to load gets a retry button. */
  private statusCode: 'config-fetch' | 'config-invalid' = 'config-fetch';
  // The small reactive base has no addController: the element calls the delivery's hooks itself.
  private readonly nextStep = new NextStepController(
    this as unknown as ConstructorParameters<typeof NextStepController>[0],
    {
      endpoint: () => this.endpoint,
      privacyUrl: () => this.privacyUrl,
      persist: () => this.persist !== 'none',
    },
  );
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
  /** Set when the visitor reached the results before the results chunk had loaded. */
  private finishing = false;
  private scored?: { answers: Answers; config: Config; lang: Lang; result: Result };
  /** Scoring, share codes and the results view: loaded after the first screen, not before it. */
  private lazy?: typeof import('./results-chunk.ts');
  private lazyLoad?: Promise<unknown>;

  /** The visitor's result once the check is complete (or a shared result is shown), else null. */
  get result(): Result | null {
    const answers = this.shared ?? (this.quiz.step === 'results' ? this.quiz.answers : null);
    const { active: config, language: lang, scored, lazy } = this;
    if (!answers || !lazy) return null;
    if (scored?.answers !== answers || scored.config !== config || scored.lang !== lang) {
      this.scored = { answers, config, lang, result: lazy.scoreAnswers(config, answers, { lang }) };
    }
    const base = (this.shareBase || globalThis.location?.href || '').split('#')[0];
    return { ...this.scored!.result, shareUrl: `${base}#sm=${lazy.encodeShareCode(config, answers)}` };
  }

  /** Forgets progress (memory and storage) and returns to the intro. */
  reset(): void {
    this.shared = this.saved = this.history = null;
    this.forget();
    this.setQuiz(initialState(), false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.nextStep.hostConnected();
    if (!this.src && this.config === undefined) this.activate(defaultConfig);
  }

  disconnectedCallback(): void {
    this.nextStep.hostDisconnected();
  }

  protected override willUpdate(changed: Changes): void {
    if (changed.has('endpoint') || changed.has('privacyUrl') || changed.has('persist')) this.nextStep.check();
    if (changed.has('src') && this.src) this.load({ src: this.src });
    if (changed.has('config') && this.config !== undefined) this.load({ object: this.config });
    if (changed.has('persist') && this.persist === 'none') this.forget();
  }

  protected override firstUpdated(): void {
    // After the first screen, when the browser is idle: fetch the results chunk and warm what the
    // results need (the benchmark model, the locale's number formats), so the last click is light.
    // A shared link or a saved result needs the chunk for the first screen itself: load it now.
    const load = () => void this.loadLazy().then(() => this.warmUp());
    if (this.wantsResult || globalThis.location?.hash.startsWith('#sm=')) load();
    else if ('requestIdleCallback' in globalThis) requestIdleCallback(load, { timeout: 3000 });
    else setTimeout(load, 300);
  }

  /** Builds the benchmark model and the locale's number format ahead of the last click. */
  private warmUp(): void {
    const share = this.lazy?.scoreAnswers(this.active, {}).segment.share;
    if (share !== undefined) percent(this.language, share);
  }

  protected override updated(): void {
    // A step without a heading (loading) keeps the request for the step that follows it.
    const heading = this.moveFocus && this.renderRoot.querySelector('h2');
    if (!heading) return;
    heading.focus();
    this.moveFocus = false;
  }

  /** Also waits for a config being loaded and a results chunk being fetched (the first render may start one). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([this.pending, this.lazyLoad]);
    return super.getUpdateComplete();
  }

  private get wantsResult(): boolean {
    return !!this.shared || this.quiz.step === 'results';
  }

  private get language(): Lang {
    const asked = toLang(this.lang) ?? toLang(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? 'nl';
    return pickLanguage(asked, this.active.languages);
  }

  private get msg() {
    return messages[this.language];
  }

  private get storageKey(): string {
    return `sm-maturity-check:${this.active.id}@${this.active.version}${this.id ? `#${this.id}` : ''}`;
  }

  private get historyKey(): string {
    return `${this.storageKey}:history`;
  }

  /** Loads the results chunk once; a failure (offline) is reported, and a retry button shown. */
  private loadLazy(): Promise<unknown> {
    this.lazyLoad ??= import('./results-chunk.ts').then(
      (lazy) => {
        this.lazy = lazy;
        this.readShareLink();
        if (this.finishing) this.finish();
        this.requestUpdate();
      },
      (error: Error) => {
        this.lazyLoad = undefined;
        this.requestUpdate();
        this.fail('network', `Could not load the results part of the widget: ${error.message}`);
      },
    );
    return this.lazyLoad;
  }

  private load(source: ConfigSource): void {
    const token = ++this.loadToken;
    this.status = 'loading';
    this.pending = loadConfig(source).then((outcome) => {
      if (token !== this.loadToken) return;
      if (outcome.ok) return this.activate(outcome.config);
      this.status = outcome.message;
      this.statusCode = outcome.code;
      this.warn(outcome.message, outcome.issues);
      this.fail(outcome.code, outcome.message);
    });
  }

  /** A new config keeps progress only when its id and version match the one in use. */
  private activate(config: Config): void {
    const same = config.id === this.active.id && config.version === this.active.version;
    this.active = config;
    this.status = '';
    if (same && this.hasUpdated) return;
    const local = this.persist !== 'none';
    this.saved = local ? parseSavedState(config, safeStorage.read(this.storageKey)) : null;
    this.quiz = this.saved?.step === 'results' ? this.saved : initialState();
    this.history = local ? parseHistory(safeStorage.read(this.historyKey)) : null;
    this.sharedChecked = false;
    this.readShareLink();
  }

  /** Once per config, when the decoder is there: a `#sm=` link in the page address shows that result. */
  private readShareLink(): void {
    const code = /^#sm=(.*)$/.exec(globalThis.location?.hash ?? '')?.[1];
    // Not while a host config is loading: the link belongs to that config, not the built-in one.
    if (this.sharedChecked || !this.lazy || this.status || code === undefined) return;
    this.sharedChecked = true;
    // The decoder refuses an over-long code before decoding it.
    const answers = this.lazy.decodeShareCode(this.active, code);
    if (answers) {
      this.shared = answers;
      const { configId, configVersion, segment } = this.lazy.scoreAnswers(this.active, answers);
      this.dispatchEvent(new SmSharedOpenEvent({ configId, version: configVersion, segment: segment.id }));
    } else {
      this.notice = this.msg.badLink;
      this.fail(
        'share-link',
        'The share link in the page address is invalid, tampered with or made for another config.',
      );
    }
  }

  /** Removes what this instance stored: progress and the last results. */
  private forget(): void {
    safeStorage.remove(this.storageKey);
    safeStorage.remove(this.historyKey);
  }

  /** The developer's side of a config error: every issue with its path, on the console. */
  private warn(message: string, issues: ConfigIssue[] = []): void {
    const list = issues.map((i) => `\n  ${i.path || '(config)'}: ${i.message}`).join('');
    console.warn(
      `<${this.localName}>: ${issues.length ? `the config has ${issues.length} problem(s):${list}` : message}`,
    );
  }

  private fail(code: ErrorCode, message: string): void {
    this.dispatchEvent(errorEvent(code, message));
  }

  private setQuiz(quiz: QuizState, moveFocus = true): void {
    const moved = quiz.step !== this.quiz.step || quiz.index !== this.quiz.index;
    if (moved) this.notice = '';
    this.quiz = quiz;
    this.showRequired = false;
    this.moveFocus = moveFocus && moved;
    if (moved && quiz.step === 'question')
      this.announcement = this.msg.progress(quiz.index + 1, this.active.questions.length);
    if (this.persist !== 'none' && !safeStorage.write(this.storageKey, serializeState(quiz)) && !this.storageReported) {
      this.storageReported = true;
      this.fail('storage', 'localStorage is unavailable or full; progress is kept in memory only.');
    }
    this.requestUpdate();
  }

  private dispatch(action: QuizAction): QuizState {
    this.setQuiz(next(this.active, this.quiz, action));
    return this.quiz;
  }

  private readonly onStart = () => {
    this.shared = this.saved = null;
    this.dispatch({ type: 'start' });
    this.dispatchEvent(new SmStartEvent());
  };

  private readonly onResume = () => {
    if (this.saved) this.dispatch({ type: 'resume', state: this.saved });
    this.saved = null;
  };

  private readonly onChoose = (optionId: string, checked: boolean) => {
    const { index, answers } = this.quiz;
    const question = this.active.questions[index];
    if (!question || (!checked && question.type !== 'multiple')) return;
    const answer = question.type === 'multiple' ? toggleOption(question, answers[question.id], optionId) : optionId;
    this.dispatch({ type: 'answer', questionId: question.id, answer });
    this.dispatchEvent(
      new SmAnswerEvent({ questionId: question.id, answer, step: index + 1, total: this.active.questions.length }),
    );
  };

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const before = this.quiz;
    const after = this.dispatch({ type: 'next' });
    if (after.step === before.step && after.index === before.index) this.showRequired = true;
    if (after.step !== 'results' || before.step === 'results') return;
    this.finishing = true;
    if (this.lazy) this.finish();
    else void this.loadLazy();
  };

  /** The visitor reached the results: announce them, remember them, tell the host (once). */
  private finish(): void {
    const result = this.result;
    this.finishing = false;
    if (!result) return;
    this.announcement = `${this.msg.segment(result.segment.label)}. ${this.msg.percentile(result.overall.percentile)}`;
    this.history = recordResult(this.history, result, new Date().toISOString());
    if (this.persist !== 'none') safeStorage.write(this.historyKey, JSON.stringify(this.history));
    this.requestUpdate();
    this.dispatchEvent(new SmCompleteEvent(result));
  }

  private readonly onShare = (channel: ShareChannel, event: Event) => {
    const result = this.result;
    if (!result?.shareUrl || !this.lazy) return;
    const share = new SmShareEvent(channel, result.shareUrl);
    this.dispatchEvent(share);
    if (share.defaultPrevented) event.preventDefault();
    // A cancelled action is the host's to carry out; a plain link navigates by itself.
    if (share.defaultPrevented || event.currentTarget instanceof HTMLAnchorElement) return;
    this.lazy.runShare(this.renderRoot, this.view(), result, channel).then(
      (status) => (this.shareStatus = status),
      (error: Error) => {
        if (error?.name === 'AbortError') return;
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
    this.load(this.src ? { src: this.src } : { object: this.config });
  };

  private readonly onReload = () => {
    this.moveFocus = true;
    void this.loadLazy();
  };

  private readonly onBack = () => this.dispatch({ type: 'back' });

  /**
   * The receiver of a shared link takes the check: the sender's result goes, and with it an exact
   * `#sm=…` fragment (a hash router's fragment is left alone), so a reload shows the receiver's own
   * progress. Saved progress of their own is offered to resume; otherwise the first question.
   */
  private readonly onTakeYourself = () => {
    if (/^#sm=/.test(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    this.shared = null;
    this.shareStatus = '';
    this.moveFocus = true;
    if (this.saved?.step === 'question') this.setQuiz(initialState());
    else this.onStart();
  };

  private readonly onRetake = () => {
    this.shared = this.saved = null;
    this.shareStatus = '';
    this.dispatch({ type: 'restart' });
    this.moveFocus = true;
  };

  private view(): View {
    const lang = this.language;
    return {
      config: this.active,
      lang,
      msg: messages[lang],
      t: (text) => text[lang],
      percent: (s) => percent(lang, s),
    };
  }

  private renderStep(view: View) {
    const { msg } = view;
    const loading = html`<p role="status">${msg.loading}</p>`;
    if (this.status === 'loading') return loading;
    if (this.status) {
      // The visitor's side: a short message in their language and the host's fallback content (a
      // contact link); the validator's text is on the console. Only a failed load is worth a retry.
      const cm = consultancyMessages[view.lang];
      const fetchFailed = this.statusCode === 'config-fetch';
      return html`<h2 tabindex="-1" part="heading">${msg.configError}</h2>
        <p class="error" part="error">${fetchFailed ? cm.unreachable : cm.unavailable}</p>
        <div class="fallback"><slot></slot></div>
        ${
          fetchFailed
            ? html`<button class="primary" part="button" data-action="retry" @click=${this.onRetry}>
                ${msg.retry}
              </button>`
            : nothing
        }`;
    }
    const result = this.result;
    if (this.wantsResult) {
      if (!result || !this.lazy) {
        return html`${loading}${this.lazyLoad ? nothing : html`<button part="button" data-action="retry" @click=${this.onReload}>${msg.retry}</button>`}`;
      }
      const share = this.shared
        ? undefined
        : {
            url: result.shareUrl ?? '',
            text: msg.shareText(result.segment.label, result.overall.percentile),
            status: this.shareStatus,
            canNativeShare: typeof navigator.share === 'function',
            onShare: this.onShare,
          };
      return this.lazy.renderResults(view, {
        result,
        shared: !!this.shared,
        previous: this.history?.previous,
        share,
        onRetake: this.shared ? this.onTakeYourself : this.onRetake,
        sharedLine: consultancyMessages[view.lang].sharedProfile(result.segment.label),
        after: this.nextStep.render(view, result, !!this.shared),
      });
    }
    const { step, index, answers } = this.quiz;
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
    const resumeAt = this.saved?.step === 'question' ? this.saved.index + 1 : undefined;
    return renderIntro(view, {
      resumeAt,
      onStart: this.onStart,
      onResume: this.onResume,
      privacy: this.nextStep.privacy(view),
    });
  }

  protected override render() {
    const view = this.view();
    const step = this.status
      ? this.status === 'loading'
        ? 'loading'
        : 'error'
      : this.wantsResult
        ? 'results'
        : this.quiz.step;
    return html`<section part="panel" lang=${view.lang} data-step=${step}>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing} ${this.renderStep(view)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
