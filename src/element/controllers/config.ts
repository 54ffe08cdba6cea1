/**
 * Which config the element uses: the built-in one, or a host's (`src` or `config`), loaded with
 * @lit/task. A load cut off by `disconnectedCallback` is aborted (no event, no late result) and
 * starts again when the element is connected again (frameworks move elements that way).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
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
  private readonly task: Task<[ConfigSource], LoadOutcome>;

  constructor(
    host: ReactiveControllerHost,
    onError: (code: ErrorCode, message: string, issues?: ConfigIssue[]) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // Run by `load()` only, from the element's first update on.
      autoRun: false,
      task: async ([source], { signal }) => {
        const outcome = await loadConfig(source, signal);
        // Cut off: nothing of this load may reach the page any more (the task ends in ERROR).
        signal.throwIfAborted();
        if (!outcome.ok) onError(outcome.code, outcome.message, outcome.issues);
        return outcome;
      },
    });
  }

  /** Uses `source`, or the built-in config when there is none. */
  load(source: ConfigSource | undefined): void {
    this.source = source ?? BUILT_IN;
    this.cutOff = false;
    void this.task.run([this.source]);
  }

  retry(): void {
    this.load(this.source);
  }

  get status(): Status {
    const outcome = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (!outcome) return { kind: 'loading' };
    return outcome.ok
      ? { kind: 'ready', config: outcome.config }
      : { kind: 'error', code: outcome.code, message: outcome.message };
  }

  /** Settles when no load is running (a cut-off load counts as settled). */
  get settled(): Promise<unknown> {
    return this.task.status === TaskStatus.PENDING ? this.task.taskComplete.catch(() => undefined) : Promise.resolve();
  }

  hostConnected(): void {
    if (this.cutOff) this.load(this.source);
  }

  hostDisconnected(): void {
    this.cutOff = this.task.status === TaskStatus.PENDING;
    this.task.abort(new DOMException('The element was removed from the page.', 'AbortError'));
  }
}
