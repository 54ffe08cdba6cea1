import { html, svg } from 'lit/html.js';
import type { Distribution } from '../core/schema.ts';
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
