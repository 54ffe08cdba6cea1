/**
 * The widget's own texts for the consultancy's side that the first screen may need: the privacy
 * sentence, the shared view's wording and config errors for visitors. The delivery form's texts
 * travel with its chunk (`delivery.ts`).
 */
import type { Lang } from './messages.ts';

export interface ConsultancyMessages {
  /** The intro's privacy sentence without an endpoint. */
  privacyLocal: string;
  /** The privacy sentence with an endpoint; `to` is the brand or the endpoint's host name. */
  privacySend: (to: string) => string;
  /** The shared view's line: whose result this is. */
  sharedProfile: (segment: string) => string;
  /** A config that cannot be used: the visitor's short message (the developer's is on the console). */
  unavailable: string;
  /** A config that could not be fetched: it may work on a retry. */
  unreachable: string;
}

const nl: ConsultancyMessages = {
  privacyLocal: 'Je antwoorden blijven in je browser; er wordt niets verstuurd.',
  privacySend: (to) =>
    `Je antwoorden blijven in je browser. Alleen als je onder je resultaat toestemming geeft, gaan je resultaat en de gegevens die je invult naar ${to}.`,
  sharedProfile: (s) => `Dit resultaat is met je gedeeld: hun profiel is ${s.toLowerCase()}`,
  unavailable: 'Deze check is nu niet beschikbaar.',
  unreachable: 'Deze check kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
};

const en: ConsultancyMessages = {
  privacyLocal: 'Your answers stay in your browser; nothing is sent.',
  privacySend: (to) =>
    `Your answers stay in your browser. Only if you consent below your result are your result and the details you enter sent to ${to}.`,
  sharedProfile: (s) => `This result was shared with you: their profile is ${s.toLowerCase()}`,
  unavailable: 'This check is not available right now.',
  unreachable: 'This check could not be loaded. Check your connection and try again.',
};

export const consultancyMessages: Record<Lang, ConsultancyMessages> = { nl, en };
