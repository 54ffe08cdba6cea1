/**
 * Typed events. All bubble and are composed, so a host hears them through the shadow root.
 * Fired for the visitor's actions only; `sm-error` also when something the host set fails.
 */
import type { Answers, Result } from '../core/index.ts';
import type { ShareChannel } from '../ui/share.ts';

export { shareChannels, type ShareChannel } from '../ui/share.ts';

export const errorCodes = [
  'config-fetch',
  'config-too-large',
  'config-invalid',
  'storage',
  'share-link',
  'share',
  'card',
  'network',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

abstract class SmEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

export class SmStartEvent extends SmEvent<Record<string, never>> {
  constructor() {
    super('sm-start', {});
  }
}
export class SmAnswerEvent extends SmEvent<{
  questionId: string;
  answer: string | string[];
  step: number;
  total: number;
}> {
  constructor(detail: SmAnswerEvent['detail']) {
    super('sm-answer', detail);
  }
}
export class SmCompleteEvent extends SmEvent<{ result: Result }> {
  constructor(result: Result) {
    super('sm-complete', { result });
  }
}
export class SmErrorEvent extends SmEvent<{ code: ErrorCode; message: string }> {
  constructor(code: ErrorCode, message: string) {
    super('sm-error', { code, message });
  }
}
/** `sm-error`, built here so that every failure reads the same way. */
export const errorEvent = (code: ErrorCode, message: string) => new SmErrorEvent(code, message);

/** Cancelable: a host that calls `preventDefault()` does the sharing itself. */
export class SmShareEvent extends SmEvent<{ channel: ShareChannel; url: string }> {
  constructor(channel: ShareChannel, url: string) {
    super('sm-share', { channel, url }, true);
  }
}

export type { Answers };

declare global {
  interface GlobalEventHandlersEventMap {
    'sm-start': SmStartEvent;
    'sm-answer': SmAnswerEvent;
    'sm-complete': SmCompleteEvent;
    'sm-error': SmErrorEvent;
    'sm-share': SmShareEvent;
  }
}
