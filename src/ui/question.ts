import { html, nothing } from 'lit/html.js';
import type { Question } from '../core/schema.ts';
import type { View } from './view.ts';

export interface QuestionProps {
  question: Question;
  index: number;
  answer: string | string[] | undefined;
  showRequired: boolean;
  onChoose: (optionId: string, checked: boolean) => void;
  onNext: (event: Event) => void;
  onBack: () => void;
}

export function renderQuestion(view: View, p: QuestionProps) {
  const { msg, t, config } = view;
  const total = config.questions.length;
  const multiple = p.question.type === 'multiple';
  const chosen = (id: string) => (Array.isArray(p.answer) ? p.answer.includes(id) : p.answer === id);
  const described = [p.question.help ? 'help' : '', multiple ? 'hint' : '', p.showRequired ? 'required' : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <form novalidate @submit=${p.onNext}>
      <p class="muted" id="progress">${msg.progress(p.index + 1, total)}</p>
      <progress part="progress" max=${total} value=${p.index + 1} aria-labelledby="progress"></progress>
      <fieldset aria-describedby=${described || nothing}>
        <legend part="question"><h2 tabindex="-1" part="heading">${t(p.question.text)}</h2></legend>
        ${p.question.help ? html`<p id="help" class="muted">${t(p.question.help)}</p>` : nothing}
        ${multiple ? html`<p id="hint" class="muted">${msg.multiple}</p>` : nothing}
        <div class="options">
          ${p.question.options.map(
            (o) =>
              html`<label part="option">
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name=${p.question.id}
                  value=${o.id}
                  .checked=${chosen(o.id)}
                  @change=${(e: Event) => p.onChoose(o.id, (e.target as HTMLInputElement).checked)}
                /><span>${t(o.label)}</span>
              </label>`,
          )}
        </div>
        ${p.showRequired ? html`<p id="required" class="error" role="alert">${msg.needAnswer}</p>` : nothing}
      </fieldset>
      <div class="actions">
        ${p.index > 0 ? html`<button type="button" part="button" data-action="back" @click=${p.onBack}>${msg.back}</button>` : nothing}
        <button type="submit" class="primary end" part="button" data-action="next">
          ${p.index + 1 === total ? msg.finish : msg.next}
        </button>
      </div>
    </form>
  `;
}
