import { html, nothing } from 'lit/html.js';
import type { Result } from '../core/scoring.ts';
import type { Snapshot } from '../core/history.ts';
import { isHttpsUrl } from '../core/limits.ts';
import type { View } from './view.ts';
import { renderChart } from './chart.ts';
import { renderShare, type ShareProps } from './share.ts';

export interface ResultsProps {
  result: Result;
  shared: boolean;
  previous: Snapshot | undefined;
  /** The share panel's props; absent in the shared view. */
  share: ShareProps | undefined;
  onRetake: () => void;
  /** The shared view's segment line, spoken to its receiver. */
  sharedLine?: string;
  /** What follows the suggestions: the call to action and the delivery form. */
  after?: unknown;
}

/** '(+12 since 3 March)' against the previous result, or nothing without one. */
function delta(view: View, now: number, before: number | undefined, day: string) {
  if (before === undefined) return nothing;
  const d = Math.round(now - before);
  const sign = d > 0 ? `+${d}` : d === 0 ? '±0' : `−${-d}`;
  return html` <span class="muted" data-delta>(${view.msg.since(sign, day)})</span>`;
}

export function renderResults(view: View, p: ResultsProps) {
  const { msg, t, config } = view;
  const r = p.result;
  const prev = p.shared ? undefined : p.previous;
  const day = prev
    ? new Intl.DateTimeFormat(view.lang, { day: 'numeric', month: 'long' }).format(new Date(prev.date))
    : '';
  return html`
    <h2 tabindex="-1" part="heading">${p.shared ? msg.sharedHeading : msg.resultHeading}</h2>
    <p class="segment" part="segment">${p.shared && p.sharedLine ? p.sharedLine : msg.segment(r.segment.label)}</p>
    <p>${r.segment.description}</p>
    <p>
      ${msg.percentile(r.overall.percentile)} ${msg.segmentShare(view.percent(r.segment.share))}
      ${prev ? delta(view, r.overall.score, prev.overall, day) : nothing}
    </p>
    ${
      p.shared
        ? html`<div class="actions">
            <button class="primary" part="button" data-action="take" @click=${p.onRetake}>${msg.takeYourself}</button>
          </div>`
        : nothing
    }

    <h3 part="subheading">${msg.dimensions}</h3>
    <ul class="plain">
      ${r.dimensions.map(
        (d) =>
          html`<li class="dimension">
            <h4>${d.label}</h4>
            <p>
              ${msg.dimensionLine(d.score, d.percentile)}${prev ? delta(view, d.score, prev.dimensions[d.id], day) : nothing}
            </p>
            ${renderChart(view, d.label, d.distribution, d.score)}
          </li>`,
      )}
    </ul>

    ${
      r.gaps.length
        ? html`<h3 part="subheading">${msg.gaps}</h3>
            <ul>
              ${r.gaps.map((g) => html`<li>${g.question} <strong>${g.label}</strong> <span class="muted">(${msg.gapLine(view.percent(g.share))})</span></li>`)}
            </ul>`
        : nothing
    }

    <h3 part="subheading">${msg.suggestions}</h3>
    <ul class="plain">
      ${r.suggestions.map(
        (s) =>
          html`<li part="suggestion">
            <p class="route">${s.routeLabel}</p>
            <h4>${s.title}</h4>
            <p>${s.body}</p>
            ${
              s.url && isHttpsUrl(s.url)
                ? html`<p>
                    <a part="link" href=${s.url} target="_blank" rel="noopener noreferrer"
                      >${msg.readMore}<span class="sr-only">: ${s.title}</span></a
                    >
                  </p>`
                : nothing
            }
          </li>`,
      )}
    </ul>

    ${p.after ?? nothing} ${p.share ? renderShare(view, p.share) : nothing}

    <h3 part="subheading">${msg.sourceHeading}</h3>
    <p>${t(config.source.note)}</p>
    <details>
      <summary>${msg.method}</summary>
      <p>${t(config.source.method)}</p>
      <p class="muted">
        ${config.source.author ? `${config.source.author}, ` : ''}'${config.source.title}', ${config.source.publisher},
        ${config.source.year}.
        ${config.source.url && isHttpsUrl(config.source.url) ? html`<a part="link" href=${config.source.url} target="_blank" rel="noopener noreferrer">${config.source.url}</a>` : nothing}
      </p>
    </details>

    ${
      p.shared
        ? nothing
        : html`<div class="actions">
            <button part="button" data-action="retake" @click=${p.onRetake}>${msg.retake}</button>
          </div>`
    }
  `;
}
