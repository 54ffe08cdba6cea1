/**
 * The widget's own texts for the consultancy's side (delivery form, privacy sentences, the shared
 * view's wording, config errors for visitors), one table per language. Kept apart from the main
 * tables so that they travel with the chunk that shows the form.
 */
import type { ContactField } from '../core/payload.ts';
import type { Lang } from './messages.ts';

export interface ConsultancyMessages {
  /** The intro's privacy sentence without an endpoint. */
  privacyLocal: string;
  /** The intro's and the form's privacy sentence with an endpoint; `to` is the brand or the endpoint's host. */
  privacySend: (to: string) => string;
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
  /** The shared view's line: whose result this is. */
  sharedProfile: (segment: string) => string;
  /** A config that cannot be used: the visitor's short message (the developer's is on the console). */
  unavailable: string;
  /** A config that could not be fetched: it may work on a retry. */
  unreachable: string;
  brandBy: (name: string) => string;
}

const nl: ConsultancyMessages = {
  privacyLocal: 'Je antwoorden blijven in je browser; er wordt niets verstuurd.',
  privacySend: (to) =>
    `Je antwoorden blijven in je browser. Alleen als je onder je resultaat toestemming geeft, gaan je resultaat en de gegevens die je invult naar ${to}.`,
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
  sharedProfile: (s) => `Dit resultaat is met je gedeeld: hun profiel is ${s.toLowerCase()}.`,
  unavailable: 'Deze check is nu niet beschikbaar.',
  unreachable: 'Deze check kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  brandBy: (name) => `Een check van ${name}`,
};

const en: ConsultancyMessages = {
  privacyLocal: 'Your answers stay in your browser; nothing is sent.',
  privacySend: (to) =>
    `Your answers stay in your browser. Only if you consent below your result are your result and the details you enter sent to ${to}.`,
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
  sharedProfile: (s) => `This result was shared with you: their profile is ${s.toLowerCase()}.`,
  unavailable: 'This check is not available right now.',
  unreachable: 'This check could not be loaded. Check your connection and try again.',
  brandBy: (name) => `A check by ${name}`,
};

export const consultancyMessages: Record<Lang, ConsultancyMessages> = { nl, en };
