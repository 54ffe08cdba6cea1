/** The delivery form's texts, one table per language; they travel with the delivery chunk. */
import type { ContactField } from '../core/payload.ts';
import type { Lang } from './messages.ts';

export interface DeliveryMessages {
  formTitle: string;
  formIntro: (to: string) => string;
  contactLegend: string;
  fields: Record<ContactField, string>;
  optional: string;
  consent: (to: string) => string;
  privacyLink: string;
  newTab: string;
  submit: string;
  sending: string;
  later: string;
  sent: (to: string) => string;
  failed: string;
  host: string;
}

const nl: DeliveryMessages = {
  formTitle: 'Wil je hierover praten?',
  formIntro: (to) => `Stuur je resultaat naar ${to}; je krijgt dan een persoonlijke reactie.`,
  contactLegend: 'Je gegevens',
  fields: { name: 'Naam', email: 'E-mailadres', organisation: 'Organisatie', phone: 'Telefoonnummer' },
  optional: '(optioneel)',
  consent: (to) =>
    `Ik geef ${to} toestemming om mijn resultaat, mijn antwoorden en de gegevens hierboven te ontvangen en te gebruiken om contact met mij op te nemen.`,
  privacyLink: 'Lees de privacyverklaring',
  newTab: '(opent in een nieuw tabblad)',
  submit: 'Verstuur mijn resultaat',
  sending: 'Je resultaat wordt verstuurd…',
  later: 'Nog niet aangekomen: we proberen het opnieuw, en anders bij je volgende bezoek aan deze pagina.',
  sent: (to) => `Verstuurd: ${to} heeft je resultaat ontvangen.`,
  failed: 'Je resultaat kon niet worden bezorgd. Neem gerust rechtstreeks contact op.',
  host: 'Bedankt: je resultaat is doorgegeven.',
};

const en: DeliveryMessages = {
  formTitle: 'Want to talk about it?',
  formIntro: (to) => `Send your result to ${to} for a personal reply.`,
  contactLegend: 'Your details',
  fields: { name: 'Name', email: 'Email address', organisation: 'Organisation', phone: 'Phone number' },
  optional: '(optional)',
  consent: (to) =>
    `I allow ${to} to receive my result, my answers and the details above, and to use them to contact me.`,
  privacyLink: 'Read the privacy statement',
  newTab: '(opens in a new tab)',
  submit: 'Send my result',
  sending: 'Sending your result…',
  later: 'Not delivered yet: we keep trying, and otherwise on your next visit to this page.',
  sent: (to) => `Sent: ${to} has received your result.`,
  failed: 'Your result could not be delivered. Feel free to get in touch directly.',
  host: 'Thank you: your result has been passed on.',
};

export const deliveryMessages: Record<Lang, DeliveryMessages> = { nl, en };
