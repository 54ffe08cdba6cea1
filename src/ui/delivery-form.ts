import type { html, nothing } from 'lit/html.js';
import { CONTACT_MAX, contactFields, type ContactField } from '../core/payload.ts';
import type { DeliveryConfig } from '../core/schema.ts';
import type { DeliveryMessages } from '../i18n/delivery.ts';
import type { View } from './view.ts';

/**
 * lit-html's `html` and `nothing`, handed in by the element: the form travels in a self-contained
 * chunk (a chunk imports no other chunk), and the page must keep a single lit-html.
 */
export interface LitParts {
  html: typeof html;
  nothing: typeof nothing;
}

/** What the visitor is told: the form, sending, later (stored, retrying), sent, failed, host (the page took it). */
export const deliveryStatuses = ['idle', 'sending', 'later', 'sent', 'failed', 'host'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export interface DeliveryFormProps {
  cm: DeliveryMessages;
  /** The privacy sentence, as the intro says it. */
  privacy: string;
  /** Who receives the result: the config's brand name, else the endpoint's host name. */
  to: string;
  privacyUrl: string;
  status: DeliveryStatus;
  /** The consent sentence shown, which is also the one sent. */
  consentText: string;
  onSubmit: (contact: Record<string, string>) => void;
}

const inputs: Record<ContactField, { type: string; autocomplete: string }> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  organisation: { type: 'text', autocomplete: 'organization' },
  phone: { type: 'tel', autocomplete: 'tel' },
};

/** The fields a config asks for; by default an optional name and e-mail address. */
export function formFields(delivery: DeliveryConfig | undefined): { id: ContactField; required: boolean }[] {
  const fields = delivery?.fields ?? [{ id: 'name' }, { id: 'email' }];
  return contactFields.flatMap((id) => {
    const field = fields.find((f) => f.id === id);
    return field ? [{ id, required: !!field.required }] : [];
  });
}

/** The consent sentence: the config's, else the built-in one naming the receiver. */
export const consentText = (view: View, cm: DeliveryMessages, to: string) => {
  const own = view.config.delivery?.consent;
  return own ? view.t(own) : cm.consent(to);
};

/**
 * The opt-in form after the result. Native validation does the refusing: the consent checkbox and
 * any required field are `required`, so the browser will not submit (and says why) until they are
 * filled in. The status line is always there, so a screen reader hears it change.
 */
export function renderDeliveryForm({ html, nothing }: LitParts, view: View, p: DeliveryFormProps) {
  const { cm, status } = p;
  const own = view.config.delivery;
  const done = status === 'sent' || status === 'host';
  const busy = status === 'sending' || status === 'later';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const contact: Record<string, string> = {};
    for (const { id } of formFields(own)) contact[id] = String(data.get(id) ?? '');
    p.onSubmit(contact);
  };
  const message: Record<DeliveryStatus, string> = {
    idle: '',
    sending: cm.sending,
    later: cm.later,
    sent: cm.sent(p.to),
    failed: cm.failed,
    host: cm.host,
  };
  return html`<div class="delivery" data-delivery=${status}>
    <h3 part="subheading">${own?.title ? view.t(own.title) : cm.formTitle}</h3>
    ${
      done
        ? nothing
        : html`<p>${own?.intro ? view.t(own.intro) : cm.formIntro(p.to)}</p>
            <form part="form" @submit=${submit}>
              <fieldset ?disabled=${busy}>
                <legend>${cm.contactLegend}</legend>
                ${formFields(own).map(
                  ({ id, required }) =>
                    html`<p class="field">
                      <label for="sm-${id}"
                        >${cm.fields[id]}${required ? nothing : html` <span class="muted">${cm.optional}</span>`}</label
                      >
                      <input
                        id="sm-${id}"
                        name=${id}
                        type=${inputs[id].type}
                        autocomplete=${inputs[id].autocomplete}
                        maxlength=${CONTACT_MAX[id]}
                        ?required=${required}
                      />
                    </p>`,
                )}
                <label class="consent">
                  <input type="checkbox" name="consent" required /><span>${p.consentText}</span>
                </label>
                <p class="muted">
                  ${p.privacy}
                  <a part="link" href=${p.privacyUrl} target="_blank" rel="noopener noreferrer"
                    >${cm.privacyLink}<span class="sr-only"> ${cm.newTab}</span></a
                  >
                </p>
                <div class="actions">
                  <button type="submit" class="primary" part="button" data-action="deliver">
                    ${own?.submit ? view.t(own.submit) : cm.submit}
                  </button>
                </div>
              </fieldset>
            </form>`
    }
    <p role="status" class=${status === 'failed' ? 'error' : 'muted'} data-status>${message[status]}</p>
  </div>`;
}
