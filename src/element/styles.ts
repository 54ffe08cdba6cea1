import { css } from 'lit';

/**
 * Theming: --sm-accent, --sm-accent-text, --sm-text, --sm-muted, --sm-surface, --sm-border,
 * --sm-radius, --sm-font. Logical properties throughout, so `dir="rtl"` mirrors the layout.
 * Sizes in rem/em and % so host font-size and zoom scale it; nothing fixed-width.
 */
export const styles = css`
  :host {
    --_accent: var(--sm-accent, #0b5cad);
    --_accent-text: var(--sm-accent-text, #ffffff);
    --_text: var(--sm-text, #1d2733);
    --_muted: var(--sm-muted, #4a5663);
    --_surface: var(--sm-surface, #ffffff);
    --_border: var(--sm-border, #8a96a3);
    --_radius: var(--sm-radius, 0.5rem);
    display: block;
    color: var(--_text);
    font-family: var(--sm-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 1rem;
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  [part~='panel'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(1rem, 4vw, 2rem);
    max-inline-size: 48rem;
  }
  h2, h3, h4 { line-height: 1.25; margin-block: 0 0.5em; }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.2em; margin-block-start: 1.5em; }
  h4 { font-size: 1em; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: 3px solid var(--_accent); outline-offset: 4px; }
  p { margin-block: 0 0.75em; }
  .muted { color: var(--_muted); }
  .sr-only {
    position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
  }
  button, .button {
    font: inherit; min-block-size: 2.75rem; min-inline-size: 2.75rem;
    padding: 0.5em 1.1em; border-radius: var(--_radius); cursor: pointer;
    border: 2px solid var(--_accent); background: var(--_surface); color: var(--_accent);
    text-decoration: none; display: inline-flex; align-items: center; gap: 0.4em;
  }
  button.primary { background: var(--_accent); color: var(--_accent-text); }
  button:hover { filter: brightness(0.92); }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  button.primary:focus-visible { outline-color: var(--_text); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block-start: 1.25rem; align-items: center; }
  .actions .end { margin-inline-start: auto; }
  fieldset { border: 0; padding: 0; margin: 0; min-inline-size: 0; }
  legend { padding: 0; margin-block-end: 0.75rem; }
  legend h2 { margin: 0; }
  .options { display: grid; gap: 0.5rem; }
  label[part~='option'] {
    display: flex; gap: 0.75em; align-items: flex-start; padding: 0.65em 0.85em;
    border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
    min-block-size: 2.75rem;
  }
  label[part~='option']:has(:checked) { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); }
  input[type='radio'], input[type='checkbox'] {
    inline-size: 1.25rem; block-size: 1.25rem; margin: 0.15em 0 0; flex: none; accent-color: var(--_accent);
  }
  progress { inline-size: 100%; block-size: 0.5rem; accent-color: var(--_accent); margin-block-end: 1rem; }
  .error { color: #b00020; font-weight: 600; }
  .segment { font-size: 1.3em; font-weight: 700; color: var(--_accent); margin-block-end: 0.25em; }
  ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
  .dimension { border-block-start: 1px solid var(--_border); padding-block-start: 0.75rem; }
  svg.chart { display: block; inline-size: 100%; max-inline-size: 28rem; block-size: auto; }
  svg.chart .bar { fill: var(--_border); }
  svg.chart .bar.mine { fill: var(--_accent); }
  svg.chart .you { stroke: var(--_text); stroke-width: 0.6; }
  .route { font-size: 0.875em; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
  a { color: var(--_accent); }
  a:focus-visible { outline-offset: 2px; }
  details { margin-block-start: 0.5rem; }
  summary { cursor: pointer; color: var(--_accent); min-block-size: 1.5rem; }
  .notice { border-inline-start: 4px solid var(--_accent); padding: 0.5em 0.9em; margin-block-end: 1rem; background: color-mix(in srgb, var(--_accent) 8%, var(--_surface)); }
  input[type='url'] { font: inherit; inline-size: 100%; padding: 0.5em; border: 1px solid var(--_border); border-radius: var(--_radius); color: var(--_text); background: var(--_surface); }
  @media (prefers-reduced-motion: no-preference) {
    progress::-webkit-progress-value { transition: inline-size 200ms ease-out; }
  }
  @media (forced-colors: active) {
    [part~='panel'], label[part~='option'], button { border-color: CanvasText; }
    button.primary { background: ButtonText; color: ButtonFace; }
    svg.chart .bar { fill: GrayText; }
    svg.chart .bar.mine { fill: Highlight; }
    svg.chart .you { stroke: CanvasText; }
  }
  @media print {
    :host { color: #000; }
    [part~='panel'] { border: 0; padding: 0; }
    button, .actions, .share { display: none !important; }
    .sr-only { position: static; inline-size: auto; block-size: auto; clip-path: none; white-space: normal; }
    details > * { display: block; }
  }
`;
