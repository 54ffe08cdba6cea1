import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Result } from '../core/scoring.ts';
import { dimensionScore, type Snapshot } from '../core/history.ts';
import { linkHref } from '../core/limits.ts';
import type { View } from './view.ts';
import { renderChart, renderOverview } from './chart.ts';
import { renderShare, type ShareProps } from './share.ts';

export interface ResultsProps {
  result: Result;
  shared: boolean;
  previous: Snapshot | undefined;
  /** The share panel's props; absent in the shared view. */
  share: ShareProps | undefined;
  onRetake: () => void;
  /** The shared view's verdict, spoken to its receiver ('their profile is …'). */
  sharedLine?: string;
  /** What follows the suggestions: the call to action and the delivery form. */
  after?: Part;
}

type Part = TemplateResult | typeof nothing;

const signed = (d: number) => (d > 0 ? `+${d}` : d === 0 ? '±0' : `−${-d}`);

/** When the previous result was made: date and time, so two results of one day differ. */
function when(view: View, iso: string): string {
  return new Intl.DateTimeFormat(view.lang, {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A config's link, its href as the browser reads it; `text` defaults to that href, so text and target agree. */
function link(url: string | undefined, text?: unknown) {
  const href = linkHref(url);
  return href
    ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${text ?? href}</a>`
    : nothing;
}

/** The verdict, what it is compared with, the score and position, person and organisation apart. */
function verdict(view: View, r: Result, previous: Snapshot | undefined, sharedLine: string | undefined): Part {
  const { msg, config } = view;
  const sides =
    r.person && r.organisation ? [[msg.person, r.person] as const, [msg.organisation, r.organisation] as const] : [];
  // One sentence: the verdict in large type, what it is compared with in normal type.
  return html`<p part="segment">
      <span class="segment">${sharedLine ?? msg.segment(r.segment.label)}</span>${msg.compared(config.source.year)}
    </p>
    <p>${r.segment.description}</p>
    <p>
      ${msg.totalScore(r.overall.score)} ${msg.percentileHelp(r.overall.percentile)}
      ${msg.segmentShare(view.percent(r.segment.share))}
    </p>
    ${
      sides.length
        ? html`<dl class="sides" aria-label=${msg.sidesCaption}>
            ${sides.map(
              ([label, side]) =>
                html`<div>
                  <dt>${label}</dt>
                  <dd>${msg.sideLine(side.percentile)}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
    ${
      previous
        ? html`<p class="muted" data-delta>
            ${msg.change(when(view, previous.date), previous.overall, r.overall.score, signed(r.overall.score - previous.overall))}
          </p>`
        : nothing
    }`;
}

/** Gaps shown: the three most common keep the page short on a phone; the result carries up to five. */
const SHOWN_GAPS = 3;

function gaps(view: View, r: Result): Part {
  const { msg } = view;
  if (!r.gaps.length) return nothing;
  return html`<h3 part="subheading">${msg.gaps}</h3>
    <ul class="gaps">
      ${r.gaps.slice(0, SHOWN_GAPS).map(
        (g) =>
          html`<li>
            ${g.statement ?? `${g.question} ${g.label}`}
            <span class="muted">— ${msg.gapLine(view.percent(g.share))}</span>
          </li>`,
      )}
    </ul>`;
}

function suggestions(view: View, r: Result): Part {
  const { msg } = view;
  return html`<h3 part="subheading">${msg.suggestions}</h3>
    <ul class="plain">
      ${r.suggestions.map(
        (s) =>
          html`<li part="suggestion">
            <h4>${s.title}</h4>
            ${s.reason ? html`<p class="muted reason">${s.reason}</p>` : nothing}
            <p>${s.body}</p>
            <p>
              <span class="route">${s.routeLabel}</span>${
                linkHref(s.url)
                  ? html` · ${link(s.url, html`${msg.readMore}<span class="sr-only">: ${s.title}</span>`)}`
                  : nothing
              }
            </p>
          </li>`,
      )}
    </ul>`;
}

/** Per-dimension distributions and the method: for those who want to know, behind disclosures. */
function details(view: View, r: Result, previous: Snapshot | undefined): Part {
  const { msg, t, config } = view;
  const src = config.source;
  return html`<details class="more">
      <summary>${msg.distributions}</summary>
      <p class="muted">${msg.distributionsHelp}</p>
      <ul class="plain">
        ${r.dimensions.map((d) => {
          // Own keys only: a dimension id may be `valueOf`.
          const before = previous && dimensionScore(previous, d.id);
          return html`<li class="dimension">
            <h4>${d.label}</h4>
            <p>
              ${msg.dimensionLine(d.score, d.percentile)}${
                before === undefined
                  ? nothing
                  : html` · <span data-delta>${msg.dimensionBefore(before, signed(d.score - before))}</span>`
              }
            </p>
            ${renderChart(view, d.label, d.distribution, d.score)}
          </li>`;
        })}
      </ul>
    </details>
    <details class="more">
      <summary>${msg.sourceHeading}</summary>
      <p>${t(src.note)}</p>
      <h4>${msg.method}</h4>
      <p>${t(src.method)}</p>
      <p class="muted">
        ${src.author ? `${src.author}, ` : ''}‘${src.title}’, ${src.publisher}, ${src.year}. ${link(src.url)}
      </p>
    </details>`;
}

/**
 * The results, in the order a visitor reads them: the verdict and position, one overview of all
 * areas, what front-runners do, the next steps, the call to action and the delivery form (`after`),
 * sharing, then the details. Each part is one function, so a new one slots into `parts`.
 */
export function renderResults(view: View, p: ResultsProps, shown: (total: number) => number) {
  const { msg } = view;
  const r = p.result;
  const previous = p.shared ? undefined : p.previous;
  const parts: Part[] = [
    verdict(view, r, previous, p.shared ? p.sharedLine : undefined),
    p.shared
      ? html`<div class="actions">
          <button class="primary" part="button" data-action="take" @click=${p.onRetake}>${msg.takeYourself}</button>
        </div>`
      : nothing,
    html`<h3 part="subheading">${msg.overview}</h3>
      ${renderOverview(view, r.dimensions)}`,
    gaps(view, r),
    suggestions(view, r),
    p.after ?? nothing,
    p.share ? renderShare(view, p.share) : nothing,
    details(view, r, previous),
    p.shared
      ? nothing
      : html`<div class="actions">
          <button part="button" data-action="retake" @click=${p.onRetake}>${msg.retake}</button>
        </div>`,
  ];
  return html`<h2 tabindex="-1" part="heading">${p.shared ? msg.sharedHeading : msg.resultHeading}</h2>
    ${parts.slice(0, shown(parts.length))}`;
}
