/**
 * The results code: scoring (cached per answers, config and language) and, once the first screen
 * is up and the browser is idle, a warm-up of what the last click needs (the benchmark model and
 * the locale's number format), so that click stays light. The idle callback is cancelled when the
 * element is disconnected.
 *
 * And the results come in part by part, one part per frame (`parts`): the whole view (verdict,
 * overview, gaps, suggestions, next step, sharing, details) rendered and laid out at once was one
 * task of 150–230 ms at 4× CPU, during which the page could not respond. The verdict and its
 * heading, which takes the focus, come first; the element's `updateComplete` waits for the last
 * part (`revealed`). Frames stop in a background tab, so a timer stands in for them there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import type { Answers } from '../../core/answers.ts';
import type { Lang } from '../../core/lang.ts';
import { scoreAnswers, type Result } from '../../core/scoring.ts';
import { percent } from '../../i18n/index.ts';

/** The timer that stands in for a frame that does not come (a background tab). */
const FALLBACK_MS = 100;

export class ResultsController implements ReactiveController {
  private scored?: { answers: Answers; config: Config; lang: Lang; result: Result };
  private idle?: () => void;
  private warmed = false;
  /** How many of the results' parts to show: all of them when nothing is coming in. */
  private shown = Infinity;
  private total = 0;
  /** Whether the last render showed the results, and whether this one does. */
  private showing = false;
  private rendered = false;
  private cancel?: () => void;
  private settle?: () => void;
  /** Settles when every part of the results is shown. */
  revealed: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The config in use and the language, once there is a config. */
    private readonly current: () => { config: Config; lang: Lang } | undefined,
  ) {
    host.addController(this);
  }

  score(config: Config, answers: Answers, lang: Lang): Result {
    const { scored } = this;
    if (scored?.answers !== answers || scored.config !== config || scored.lang !== lang) {
      this.scored = { answers, config, lang, result: scoreAnswers(config, answers, { lang }) };
    }
    return this.scored!.result;
  }

  /** Called when the results render: how many of their `total` parts to render now. */
  parts(total: number): number {
    if (!this.showing) {
      // Entering the results: from the first part.
      this.reveal();
      this.shown = 1;
      this.revealed = new Promise((resolve) => (this.settle = resolve));
    }
    this.showing = this.rendered = true;
    this.total = total;
    return Math.min(this.shown, total);
  }

  hostUpdated(): void {
    // A render without the results: nothing is coming in.
    this.showing &&= this.rendered;
    this.rendered = false;
    if (!this.showing || this.shown >= this.total) this.reveal();
    else if (!this.cancel) {
      const next = () => {
        this.cancel!();
        this.shown++;
        this.host.requestUpdate();
      };
      const frame = requestAnimationFrame(next);
      const timer = setTimeout(next, FALLBACK_MS);
      this.cancel = () => (cancelAnimationFrame(frame), clearTimeout(timer), (this.cancel = undefined));
    }
    this.warm();
  }

  /** Shows every part at once. */
  private reveal(): void {
    this.cancel?.();
    this.shown = Infinity;
    this.settle?.();
    this.settle = undefined;
  }

  private warm(): void {
    if (this.warmed || this.idle || !this.current()) return;
    const warm = () => {
      this.idle = undefined;
      const current = this.current();
      if (!current) return;
      this.warmed = true;
      percent(current.lang, scoreAnswers(current.config, {}).segment.share);
    };
    if ('requestIdleCallback' in globalThis) {
      const handle = requestIdleCallback(warm, { timeout: 3000 });
      this.idle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(warm, 300);
      this.idle = () => clearTimeout(handle);
    }
  }

  /** Leaving the page shows every part: a moved element comes back complete. */
  hostDisconnected(): void {
    this.idle?.();
    this.idle = undefined;
    this.reveal();
  }
}
