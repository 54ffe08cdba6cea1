// The demo's event log: one line per sm-* event of every <sm-maturity-check> on the page.
// Text only (textContent), so nothing a config or a visitor types can become markup.
import type {
  SmAnswerEvent,
  SmCompleteEvent,
  SmErrorEvent,
  SmShareEvent,
  SmStartEvent,
} from '../src/element/events.ts';

interface SmEventMap {
  'sm-start': SmStartEvent;
  'sm-answer': SmAnswerEvent;
  'sm-complete': SmCompleteEvent;
  'sm-error': SmErrorEvent;
  'sm-share': SmShareEvent;
}
type SmEventType = keyof SmEventMap;

// Keeps the page light on long sessions; the newest lines are the interesting ones.
const MAX_LINES = 200;

/** What each event shows: the full detail, except the result, which is far too long for a line. */
const summaries: { [K in SmEventType]: (event: SmEventMap[K]) => unknown } = {
  'sm-start': (e) => e.detail,
  'sm-answer': (e) => e.detail,
  'sm-complete': (e) => ({ segment: e.detail.result.segment.id, percentile: e.detail.result.overall.percentile }),
  'sm-error': (e) => e.detail,
  'sm-share': (e) => e.detail,
};
const types = Object.keys(summaries) as SmEventType[];

const log = document.querySelector<HTMLOListElement>('#event-log');
const count = document.querySelector<HTMLElement>('#log-count');
const empty = document.querySelector<HTMLElement>('#log-empty');
let total = 0;

function time(): string {
  return new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function refresh(): void {
  if (count) count.textContent = `${total} ${total === 1 ? 'gebeurtenis' : 'gebeurtenissen'}`;
  if (empty) empty.hidden = total > 0;
}

function append(type: SmEventType, instance: string, detail: unknown): void {
  if (!log) return;
  // Follow the newest line only when the reader is already at the bottom, so scrolling back works.
  const follow = log.scrollHeight - log.scrollTop - log.clientHeight < 8;
  total += 1;
  const line = document.createElement('li');
  line.dataset.type = type;
  line.dataset.instance = instance;
  const parts: [className: string, text: string][] = [
    ['log-time', time()],
    ['log-type', type],
    ['log-instance', `#${instance}`],
    ['log-detail', JSON.stringify(detail)],
  ];
  for (const [className, text] of parts) {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    line.append(span, ' ');
  }
  log.append(line);
  while (log.childElementCount > MAX_LINES) log.firstElementChild?.remove();
  if (follow) log.scrollTop = log.scrollHeight;
  refresh();
}

function listen<K extends SmEventType>(element: HTMLElement, type: K): void {
  const summarise = summaries[type] as (event: SmEventMap[K]) => unknown;
  element.addEventListener(type, (event) => {
    // Listening on the element itself: bubbling copies from a nested instance are not counted twice.
    if (event.currentTarget !== event.target) return;
    append(type, element.id || element.localName, summarise(event as SmEventMap[K]));
  });
}

for (const element of document.querySelectorAll<HTMLElement>('sm-maturity-check')) {
  for (const type of types) listen(element, type);
}

document.querySelector('#log-clear')?.addEventListener('click', () => {
  log?.replaceChildren();
  total = 0;
  refresh();
});

refresh();
