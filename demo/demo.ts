// The demo's event log: one line per sm-* event of every <sm-maturity-check> on the page.
// Text only (textContent), so nothing a config or a visitor types can become markup.
import type {
  SmAnswerEvent,
  SmCompleteEvent,
  SmErrorEvent,
  SmLeadEvent,
  SmShareEvent,
  SmSharedOpenEvent,
  SmStartEvent,
} from '../src/element/events.ts';
import { defaultConfig } from '../src/content/report-2011.ts';
import type { Cta } from '../src/core/schema.ts';

interface SmEventMap {
  'sm-start': SmStartEvent;
  'sm-answer': SmAnswerEvent;
  'sm-complete': SmCompleteEvent;
  'sm-error': SmErrorEvent;
  'sm-share': SmShareEvent;
  'sm-lead': SmLeadEvent;
  'sm-shared-open': SmSharedOpenEvent;
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
  // The payload holds contact data: the log names the payload, never its contents.
  'sm-lead': (e) => ({ id: e.detail.id }),
  'sm-shared-open': (e) => e.detail,
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

// The consultancy's own config for the first instance: the built-in questions and benchmark, with
// its brand (on the result card) and a next step per segment. The second instance shows the other
// way: the host's own markup in the `cta` slot.
const next = (nl: string, en: string, url: string): Cta => ({
  title: { nl: 'Je volgende stap', en: 'Your next step' },
  body: { nl, en },
  label: { nl: 'Plan een kennismaking', en: 'Book an introduction' },
  url,
});
const ctas: Record<string, Cta> = {
  starter: next(
    'In een workshop van een ochtend zetten we met je team de eerste stappen: profielen, netwerk en één doel.',
    'In a one-morning workshop we take the first steps with your team: profiles, network and one goal.',
    'https://koers-digitaal.example/workshop-starters',
  ),
  verkenner: next(
    'Samen kiezen we twee doelen en leggen we vast hoe je meet wat ze opleveren.',
    'Together we choose two goals and settle how you measure what they bring.',
    'https://koers-digitaal.example/doelen-en-meten',
  ),
  voorloper: next(
    'Deel wat werkt: we helpen je het vast te leggen, zodat de rest van de organisatie meekan.',
    'Share what works: we help you write it down, so the rest of the organisation can follow.',
    'https://koers-digitaal.example/kennis-delen',
  ),
};
const first = document.querySelector<HTMLElement & { config: unknown }>('#check');
if (first)
  first.config = {
    ...defaultConfig,
    brand: { name: 'Koers Digitaal', url: 'https://koers-digitaal.example/' },
    segments: defaultConfig.segments.map((s) => ({ ...s, cta: ctas[s.id] })),
  };

for (const element of document.querySelectorAll<HTMLElement>('sm-maturity-check')) {
  for (const type of types) listen(element, type);
}

document.querySelector('#log-clear')?.addEventListener('click', () => {
  log?.replaceChildren();
  total = 0;
  refresh();
});

refresh();
