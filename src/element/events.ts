/**
 * Typed events. All bubble and are composed, so a host hears them through the shadow root.
 * Fired for the visitor's actions only; `sm-error` also when something the host set fails.
 */
import type { Answers, Result } from '../core/index.ts';
import type { LeadPayload } from '../core/payload.ts';
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
  'delivery',
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
/** `status`: with `delivery`, the endpoint's HTTP status (0: no answer), when there was one. */
export class SmErrorEvent extends SmEvent<{ code: ErrorCode; message: string; status?: number }> {
  constructor(code: ErrorCode, message: string, status?: number) {
    super('sm-error', status === undefined ? { code, message } : { code, message, status });
  }
}
/** `sm-error`, built here so that every failure reads the same way. */
export const errorEvent = (code: ErrorCode, message: string, status?: number) =>
  new SmErrorEvent(code, message, status);

/**
 * Cancelable, once per consent, before the first delivery attempt (not for a resend on a later
 * visit): a host that calls `preventDefault()` delivers `detail` itself and nothing is sent.
 */
export class SmLeadEvent extends SmEvent<LeadPayload> {
  constructor(payload: LeadPayload) {
    super('sm-lead', payload, true);
  }
}

/** A shared result (a `#sm=` link) is shown: lets a host count opened links. */
export class SmSharedOpenEvent extends SmEvent<{ configId: string; version: string; segment: string }> {
  constructor(detail: SmSharedOpenEvent['detail']) {
    super('sm-shared-open', detail);
  }
}

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
    'sm-lead': SmLeadEvent;
    'sm-shared-open': SmSharedOpenEvent;
  }
}
