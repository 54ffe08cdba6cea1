/**
 * The results code: scoring (cached per answers, config and language) and, once the first screen
 * is up and the browser is idle, a warm-up of what the last click needs (the benchmark model and
 * the locale's number format), so that click stays light. The idle callback is cancelled when the
 * element is disconnected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import type { Answers } from '../../core/answers.ts';
import type { Lang } from '../../core/lang.ts';
import { scoreAnswers, type Result } from '../../core/scoring.ts';
import { percent } from '../../i18n/index.ts';

export class ResultsController implements ReactiveController {
  private scored?: { answers: Answers; config: Config; lang: Lang; result: Result };
  private idle?: () => void;
  private warmed = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly current: () => { config: Config; lang: Lang },
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

  hostUpdated(): void {
    if (this.warmed || this.idle) return;
    const warm = () => {
      this.idle = undefined;
      this.warmed = true;
      const { config, lang } = this.current();
      percent(lang, scoreAnswers(config, {}).segment.share);
    };
    if ('requestIdleCallback' in globalThis) {
      const handle = requestIdleCallback(warm, { timeout: 3000 });
      this.idle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(warm, 300);
      this.idle = () => clearTimeout(handle);
    }
  }

  hostDisconnected(): void {
    this.idle?.();
    this.idle = undefined;
  }
}
