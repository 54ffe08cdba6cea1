// Baseline for scripts/bench.mjs: the smallest Lit element that does the widget's flow (intro →
// the default config's questions, as shapes → a trivial result), with the same parts and
// data-action attributes so one in-page driver measures both. Built by bench.mjs into bench/dist/.
import { LitElement, css, html, nothing } from 'lit';

/* global __BENCH_QUESTIONS__ */
// The built-in config's questions as shapes (option count, input type; see scripts/bench.mjs), so
// the baseline walks as many steps as the widget.
const QUESTIONS = __BENCH_QUESTIONS__;

class LitBaseline extends LitElement {
  static properties = { step: { state: true }, index: { state: true }, answers: { state: true } };

  static styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      line-height: 1.5;
      color: #1d2733;
    }
    [part~='panel'] {
      border: 1px solid #8a96a3;
      border-radius: 0.5rem;
      padding: clamp(1rem, 4vw, 2rem);
      max-inline-size: 48rem;
    }
    h2 {
      font-size: 1.5em;
      line-height: 1.25;
      margin-block: 0 0.5em;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    .options {
      display: grid;
      gap: 0.5rem;
    }
    label[part~='option'] {
      display: flex;
      gap: 0.75em;
      padding: 0.65em 0.85em;
      border: 1px solid #8a96a3;
      border-radius: 0.5rem;
    }
    label[part~='option']:has(:checked) {
      border-color: #0b5cad;
    }
    progress {
      inline-size: 100%;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      margin-block-start: 1.25rem;
    }
    button {
      font: inherit;
      padding: 0.5em 1.1em;
      border: 2px solid #0b5cad;
      border-radius: 0.5rem;
      background: #0b5cad;
      color: #fff;
    }
  `;

  constructor() {
    super();
    this.step = 'intro';
    this.index = 0;
    this.answers = {};
  }

  // Like the widget: focus follows the visitor's step changes, not the first render.
  updated(changed) {
    if (changed.get('step') !== undefined || changed.get('index') !== undefined)
      this.renderRoot.querySelector('h2')?.focus();
  }

  choose(question, optionId, checked) {
    const current = this.answers[question.id] ?? [];
    const answer =
      question.type === 'radio' ? optionId : checked ? [...current, optionId] : current.filter((id) => id !== optionId);
    this.answers = { ...this.answers, [question.id]: answer };
  }

  next(event) {
    event.preventDefault();
    const answer = this.answers[QUESTIONS[this.index].id];
    if (!answer || answer.length === 0) return;
    if (this.index + 1 < QUESTIONS.length) this.index += 1;
    else this.step = 'results';
  }

  renderQuestion() {
    const question = QUESTIONS[this.index];
    const answer = this.answers[question.id];
    const chosen = (id) => (Array.isArray(answer) ? answer.includes(id) : answer === id);
    return html`<form novalidate @submit=${this.next}>
      <p id="progress">Vraag ${this.index + 1} van ${QUESTIONS.length}</p>
      <progress max=${QUESTIONS.length} value=${this.index + 1} aria-labelledby="progress"></progress>
      <fieldset>
        <legend><h2 tabindex="-1">${question.text}</h2></legend>
        <div class="options">
          ${question.options.map(
            (o) =>
              html`<label part="option"
                ><input
                  type=${question.type}
                  name=${question.id}
                  value=${o.id}
                  .checked=${chosen(o.id)}
                  @change=${(e) => this.choose(question, o.id, e.target.checked)}
                /><span>${o.label}</span></label
              >`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        ${this.index > 0 ? html`<button type="button" data-action="back" @click=${() => (this.index -= 1)}>Vorige</button>` : nothing}
        <button type="submit" data-action="next">
          ${this.index + 1 === QUESTIONS.length ? 'Afronden' : 'Volgende'}
        </button>
      </div>
    </form>`;
  }

  renderStep() {
    if (this.step === 'question') return this.renderQuestion();
    if (this.step === 'results') {
      const points = QUESTIONS.reduce((sum, q) => {
        const a = this.answers[q.id];
        const ids = Array.isArray(a) ? a : [a];
        return sum + q.options.filter((o) => ids.includes(o.id)).reduce((s, o) => s + o.value, 0);
      }, 0);
      return html`<h2 tabindex="-1">Je resultaat</h2>
        <p>Je scoort ${points} punten.</p>`;
    }
    return html`<h2 tabindex="-1">Sociale media aan het werk: waar staat jouw organisatie?</h2>
      <p>Beantwoord ${QUESTIONS.length} korte vragen en vergelijk je met een indicatieve benchmark.</p>
      <div class="actions"><button data-action="start" @click=${() => (this.step = 'question')}>Start</button></div>`;
  }

  render() {
    return html`<section part="panel" data-step=${this.step}>${this.renderStep()}</section>`;
  }
}

customElements.define('lit-baseline', LitBaseline);
