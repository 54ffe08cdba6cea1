import { html } from 'lit/html.js';
import type { View } from './view.ts';

export interface IntroProps {
  /** The saved question to resume at (1-based), or undefined when there is nothing to resume. */
  resumeAt: number | undefined;
  /** What happens to the answers, as the host configured it (default: nothing is sent). */
  privacy: string;
  onStart: () => void;
  onResume: () => void;
}

export function renderIntro(view: View, props: IntroProps) {
  const { config, msg, t } = view;
  const total = config.questions.length;
  return html`
    <h2 tabindex="-1" part="heading">${t(config.title)}</h2>
    <p>${t(config.intro)}</p>
    <p class="muted">${msg.meta(total, config.minutes)}</p>
    <p class="muted">
      ${msg.compare(config.source.title, config.source.publisher, config.source.year)} ${props.privacy}
    </p>
    <div class="actions">
      ${
        props.resumeAt === undefined
          ? html`<button class="primary" part="button" data-action="start" @click=${props.onStart}>
              ${msg.start}
            </button>`
          : html`<button class="primary" part="button" data-action="resume" @click=${props.onResume}>
                ${msg.resume(props.resumeAt, total)}
              </button>
              <button part="button" data-action="start" @click=${props.onStart}>${msg.startOver}</button>`
      }
    </div>
  `;
}
