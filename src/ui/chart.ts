import { html, svg } from 'lit/html.js';
import type { Distribution } from '../core/schema.ts';
import type { DimensionResult } from '../core/scoring.ts';
import type { View } from './view.ts';

const BANDS = 10;

/** Shares of the benchmark per score band 0–9, 10–19, …, 90–100 (100 joins the last band). */
export function bands(dist: Distribution): number[] {
  const out = new Array<number>(BANDS).fill(0);
  dist.scores.forEach((score, i) => {
    const band = Math.min(BANDS - 1, Math.floor(score / (100 / BANDS)));
    out[band] = (out[band] ?? 0) + (dist.shares[i] ?? 0);
  });
  return out;
}

const bandLabel = (i: number) => `${i * 10}–${i === BANDS - 1 ? 100 : i * 10 + 9}`;

/**
 * A histogram of the benchmark with the visitor's place in it. For screen readers the SVG is one
 * image whose name carries the same numbers as text (band: share, and the visitor's band): a
 * table per chart would be five times the DOM for the same content.
 */
export function renderChart(view: View, label: string, dist: Distribution, score: number) {
  const { msg } = view;
  const shares = bands(dist);
  const top = Math.max(...shares, 0.0001);
  const mine = Math.min(BANDS - 1, Math.floor(score / 10));
  const x = Math.max(0.5, Math.min(99.5, score));
  const text = `${msg.chartCaption(label)}: ${shares.map((s, i) => `${bandLabel(i)}: ${view.percent(s)}`).join(', ')}. ${msg.you}: ${bandLabel(mine)}.`;
  return html`<svg part="chart" viewBox="0 0 100 42" role="img" aria-label=${text}>
    ${shares.map((share, i) => {
      const h = (share / top) * 30;
      return svg`<rect class=${i === mine ? 'bar mine' : 'bar'} x=${i * 10 + 0.5} y=${32 - h} width="9" height=${h}></rect>`;
    })}
    <line class="you" x1=${x} x2=${x} y1="0" y2="34"></line>
    <text y="41">0</text>
    <text x="100" y="41" text-anchor="end">100</text>
  </svg>`;
}

/** Height of one dimension's row in the overview, in viewBox units (the width is 100). */
const ROW = 12;

/**
 * One overview of all dimensions: per row the label and score, a track 0–100, the visitor's bar
 * and a mark where the leaders' class typically scores. Its text alternative says the same in
 * words; the legend under it is visible text, so the marks need no colour to be understood.
 */
export function renderOverview(view: View, dimensions: readonly DimensionResult[]) {
  const { msg } = view;
  const text = dimensions.map((d) => msg.overviewText(d.label, d.score, d.leaders)).join('; ');
  const height = dimensions.length * ROW + 1;
  return html`<figure class="overview">
    <svg part="chart" class="overview-chart" viewBox=${`0 0 100 ${height}`} role="img" aria-label=${text}>
      ${dimensions.map((d, i) => {
        const y = i * ROW;
        const leaders = d.leaders === undefined ? undefined : Math.max(0.6, Math.min(99.4, d.leaders));
        return svg`<text x="0" y=${y + 4}>${d.label}</text>
          <text x="100" y=${y + 4} text-anchor="end" class="value">${d.score}</text>
          <rect class="track" x="0" y=${y + 5.8} width="100" height="4"></rect>
          <rect class="bar mine" x="0" y=${y + 5.8} width=${Math.max(0.8, d.score)} height="4"></rect>
          ${leaders === undefined ? '' : svg`<rect class="leaders" x=${leaders - 0.6} y=${y + 4.8} width="1.2" height="6"></rect>`}`;
      })}
    </svg>
    <figcaption class="legend">
      <span
        ><svg class="key" aria-hidden="true" viewBox="0 0 10 6">
          <rect class="bar mine" width="10" height="6"></rect></svg
        >${msg.you}</span
      >
      <span
        ><svg class="key" aria-hidden="true" viewBox="0 0 10 6">
          <rect class="leaders" x="4" width="2" height="6"></rect></svg
        >${msg.leaders}</span
      >
    </figcaption>
  </figure>`;
}
