/**
 * Theming: --sm-accent, --sm-accent-text, --sm-text, --sm-muted, --sm-surface, --sm-border,
 * --sm-radius, --sm-font. Logical properties throughout, so `dir="rtl"` mirrors the layout;
 * sizes in rem/em so host font size and zoom scale it; nothing has a fixed width.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --a: var(--sm-accent, #0b5cad);
    --t: var(--sm-text, #1d2733);
    --m: var(--sm-muted, #4a5663);
    --s: var(--sm-surface, #fff);
    --b: var(--sm-border, #8a96a3);
    --r: var(--sm-radius, 0.5rem);
    display: block;
    color: var(--t);
    font: 1rem/1.5 var(--sm-font, system-ui, sans-serif);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  section {
    background: var(--s);
    border: 1px solid var(--b);
    border-radius: var(--r);
    padding: clamp(1rem, 4vw, 2rem);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
    margin-block-start: 1.5em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .muted,
  .route {
    color: var(--m);
  }
  .route {
    font-size: 0.875em;
    text-transform: uppercase;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  .button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5em 1.1em;
    border-radius: var(--r);
    cursor: pointer;
    border: 2px solid var(--a);
    background: var(--s);
    color: var(--a);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  .primary {
    background: var(--a);
    color: var(--sm-accent-text, #fff);
  }
  :focus-visible {
    outline: 3px solid var(--a);
    outline-offset: 2px;
  }
  .primary:focus-visible {
    outline-color: var(--t);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--a);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 1.25rem;
  }
  .end {
    margin-inline-start: auto;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75rem;
  }
  .options,
  .plain {
    display: grid;
    gap: 0.5rem;
  }
  label[part~='option'] {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.6em 0.85em;
    min-block-size: 2.75rem;
    border: 1px solid var(--b);
    border-radius: var(--r);
    cursor: pointer;
  }
  label:has(:checked) {
    border-color: var(--a);
    box-shadow: inset 0 0 0 1px var(--a);
  }
  input {
    accent-color: var(--a);
  }
  label input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
  }
  input[type='url'] {
    font: inherit;
    inline-size: 100%;
    padding: 0.5em;
    border: 1px solid var(--b);
    border-radius: var(--r);
    color: var(--t);
    background: var(--s);
  }
  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--a);
    margin-block-end: 1rem;
  }
  .error {
    color: var(--sm-error, #b00020);
    font-weight: 600;
  }
  .segment {
    font-size: 1.3em;
    font-weight: 700;
    color: var(--a);
  }
  .plain {
    list-style: none;
    padding: 0;
    gap: 1rem;
  }
  .dimension {
    border-block-start: 1px solid var(--b);
    padding-block-start: 0.75rem;
  }
  svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .bar {
    fill: var(--b);
  }
  .mine {
    fill: var(--a);
  }
  .you {
    stroke: var(--t);
    stroke-width: 0.6;
  }
  text {
    font-size: 3.5px;
    fill: var(--m);
  }
  a {
    color: var(--a);
  }
  summary {
    cursor: pointer;
    color: var(--a);
  }
  .notice {
    border-inline-start: 4px solid var(--sm-notice, var(--a));
    padding: 0.5em 0.9em;
  }
  /* Results (ui/results.ts, ui/chart.ts): the overview chart, its legend, person/organisation. */
  .overview {
    margin: 0 0 1rem;
  }
  .overview-chart {
    max-inline-size: 26rem;
  }
  .track {
    fill: var(--s);
    stroke: var(--b);
    stroke-width: 0.2;
  }
  .leaders {
    fill: var(--t);
  }
  .value {
    font-weight: 700;
    fill: var(--t);
  }
  .overview-chart text {
    font-size: 3.8px;
    fill: var(--t);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    font-size: 0.875em;
    color: var(--m);
    margin-block-start: 0.5rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    inline-size: 1.25rem;
    block-size: 0.75rem;
    flex: none;
  }
  .sides {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0 0 0.75em;
  }
  .sides dt {
    font-size: 0.875em;
    color: var(--m);
  }
  .sides dd {
    margin: 0;
    font-weight: 700;
  }
  .gaps {
    padding-inline-start: 1.25rem;
  }
  .gaps li + li {
    margin-block-start: 0.35rem;
  }
  .reason {
    font-style: italic;
  }
  .more {
    margin-block-start: 1rem;
  }
  .more summary {
    font-weight: 600;
  }
  .delivery,
  .cta {
    border-block-start: 1px solid var(--b);
    margin-block-start: 1.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field input {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.4em 0.6em;
    color: var(--t);
    background: var(--s);
    border: 1px solid var(--b);
    border-radius: var(--r);
  }
  label.consent {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin-block: 0.75rem;
  }
  label.consent input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
  }
  .delivery fieldset:disabled {
    opacity: 0.7;
  }
  ::slotted([slot='cta']) {
    display: block;
    margin-block: 1rem;
  }
  @media (forced-colors: active) {
    .leaders {
      fill: CanvasText;
    }
    .track {
      stroke: CanvasText;
    }
    section,
    label[part~='option'],
    button {
      border-color: CanvasText;
    }
    .bar {
      fill: GrayText;
    }
    .mine {
      fill: Highlight;
    }
    .you {
      stroke: CanvasText;
    }
    text {
      fill: CanvasText;
    }
  }
  @media print {
    section {
      border: 0;
      padding: 0;
    }
    button,
    .actions,
    .share {
      display: none !important;
    }
  }
`;
