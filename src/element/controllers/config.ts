/**
 * Which config the element uses: the built-in one, or a host's (`src` or `config`). A load cut off
 * by `disconnectedCallback` is aborted (no event, no late result) and starts again when the element
 * is connected again (frameworks move elements that way).
 *
 * Written here rather than with @lit/task: of that controller this needs only "one load at a time,
 * the last one wins, abort on leaving", and its 850 bytes (gzip) were what kept the classic file,
 * which holds everything, over its size budget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import { BUILT_IN, loadConfig, type ConfigSource, type LoadOutcome } from '../config-loader.ts';
import type { ErrorCode } from '../events.ts';
import type { ConfigIssue } from '../../core/parse-config.ts';

/** What the element shows: a config to run, a load in progress, or why the config failed to load. */
export type Status =
  | { kind: 'ready'; config: Config }
  | { kind: 'loading' }
  | { kind: 'error'; code: Extract<LoadOutcome, { ok: false }>['code']; message: string };

export class ConfigController implements ReactiveController {
  private source: ConfigSource = BUILT_IN;
  private cutOff = false;
  /** The load in progress; aborted when another starts or the element leaves the page. */
  private running?: AbortController;
  private outcome?: LoadOutcome;
  /** Settles when the latest load has ended, however it ended. */
  settled: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (code: ErrorCode, message: string, issues?: ConfigIssue[]) => void,
  ) {
    host.addController(this);
  }

  /** Uses `source`, or the built-in config when there is none. */
  load(source: ConfigSource | undefined): void {
    this.source = source ?? BUILT_IN;
    this.cutOff = false;
    this.start();
  }

  retry(): void {
    this.load(this.source);
  }

  get status(): Status {
    const { outcome } = this;
    if (!outcome) return { kind: 'loading' };
    return outcome.ok
      ? { kind: 'ready', config: outcome.config }
      : { kind: 'error', code: outcome.code, message: outcome.message };
  }

  hostConnected(): void {
    if (this.cutOff) this.load(this.source);
  }

  hostDisconnected(): void {
    this.cutOff = !!this.running;
    this.running?.abort(new DOMException('The element was removed from the page.', 'AbortError'));
    this.running = undefined;
  }

  private start(): void {
    this.running?.abort();
    const run = (this.running = new AbortController());
    this.outcome = undefined;
    this.host.requestUpdate();
    this.settled = loadConfig(this.source, run.signal).then((outcome) => {
      // Cut off or overtaken: nothing of this load may reach the page any more.
      if (run.signal.aborted) return;
      this.running = undefined;
      this.outcome = outcome;
      if (!outcome.ok) this.onError(outcome.code, outcome.message, outcome.issues);
      this.host.requestUpdate();
    });
  }
}
