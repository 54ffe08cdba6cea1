/**
 * The default config: the 2011 survey 'Sociale media aan het werk' (Faxion) as a benchmark.
 *
 * The report gives its findings in words only, so the benchmark is a model: a mixture of the three
 * groups it describes (a large group still almost inexperienced, starters still searching, and
 * voorlopers). Every distribution names its basis — a published figure (`sourced`, with a `check`
 * the mixture must meet) or the report sentence it follows (`assumed`, quoted verbatim). The
 * segment thresholds are derived from the model (`deriveThresholds` in core; a test checks them).
 */
import type { Config } from '../core/schema.ts';
import { questions, report } from './report-2011-questions.ts';
import { routes, suggestions } from './report-2011-advice.ts';

export const defaultConfig: Config = {
  id: 'sociale-media-2011',
  // 2: Hyves out, X (formerly Twitter), goals and support added, three classes, derived segments.
  version: '2',
  title: { nl: 'Sociale media aan het werk: waar sta je?', en: 'Social media at work: where do you stand?' },
  intro: {
    nl: 'Beantwoord zeventien korte vragen over jezelf en je organisatie, vergelijk je met professionals uit 2011 en krijg direct tips die bij je antwoorden passen.',
    en: 'Answer seventeen short questions about yourself and your organisation, compare yourself with professionals from 2011 and get tips that fit your answers straight away.',
  },
  minutes: 5,
  source: {
    title: 'Sociale media aan het werk',
    publisher: 'Faxion',
    author: 'Dr. Ir. Ellen de Lange-Ros',
    year: 2011,
    url: 'https://www.frankwatching.com/archive/2011/05/19/hoe-professionals-sociale-media-gebruiken-of-niet/',
    note: {
      nl: 'We vergelijken je antwoorden met professionals uit het onderzoek ‘Sociale media aan het werk’ (Faxion, 2011). De uitkomst is een indicatie: het onderzoek bereikte vooral mensen die online al actief waren.',
      en: 'Your answers are compared with professionals from the survey ‘Sociale media aan het werk’ (Faxion, 2011). The outcome is an indication: the survey mostly reached people who were already active online.',
    },
    method: {
      nl: 'Het rapport noemt geen percentages. Daarom is de vergelijkingsgroep een model van de drie groepen die het rapport beschrijft: een grote groep die nog vrijwel onervaren is (40 %), zoekende starters (35 %) en voorlopers (25 %). Het gebruik van LinkedIn, X en Facebook volgt een ander onderzoek uit 2011 (Viadesk, 366 professionals); de andere antwoorden volgen een zin uit het rapport. De grenzen tussen starter, verkenner en voorloper liggen waar de ene groep waarschijnlijker wordt dan de andere.',
      en: 'The report gives no percentages. The comparison group is therefore a model of the three groups the report describes: a large group still almost inexperienced (40 %), starters still searching (35 %) and front-runners (25 %). Use of LinkedIn, X and Facebook follows another 2011 survey (Viadesk, 366 professionals); the other answers follow a sentence of the report. The borders between starter, explorer and front-runner lie where one group becomes more likely than the other.',
    },
  },
  dimensions: [
    { id: 'networks', label: { nl: 'Netwerken', en: 'Networks' } },
    { id: 'content', label: { nl: 'Publiceren en meten', en: 'Publishing and measuring' } },
    { id: 'customers', label: { nl: 'Klantkennis', en: 'Customer insight' } },
    { id: 'value', label: { nl: 'Doelen en opbrengst', en: 'Goals and benefits' } },
    { id: 'organisation', label: { nl: 'Organisatie en leren', en: 'Organisation and learning' } },
  ],
  questions,
  benchmark: {
    classes: [
      {
        id: 'starter',
        weight: 0.4,
        label: { nl: 'Vrijwel onervaren', en: 'Almost inexperienced' },
        basis: { kind: 'assumed', quote: report.groups },
      },
      {
        id: 'verkenner',
        weight: 0.35,
        label: { nl: 'Zoekende starters', en: 'Starters still searching' },
        basis: { kind: 'assumed', quote: report.searching },
      },
      {
        id: 'voorloper',
        weight: 0.25,
        label: { nl: 'Voorlopers', en: 'Front-runners' },
        basis: {
          kind: 'assumed',
          quote: report.groups,
          // Why so large a weight: the survey's own sampling, not the workforce.
          note: { nl: 'Via sociale media geworven: online-vaardigen oververtegenwoordigd.', en: 'Recruited via social media: online-savvy people over-represented.' },
        },
      },
    ],
    leaders: 'voorloper',
  },
  // Thresholds derived from the model by deriveThresholds(): tests/core/model.test.ts keeps them equal.
  segments: [
    {
      id: 'starter',
      label: { nl: 'Starter', en: 'Starter' },
      min: 0,
      description: {
        nl: 'Sociale media zijn nog vooral onbekend terrein. Kleine stappen leveren hier veel op.',
        en: 'Social media are still mostly unknown territory. Small steps gain a lot here.',
      },
    },
    {
      id: 'verkenner',
      label: { nl: 'Verkenner', en: 'Explorer' },
      min: 16,
      description: {
        nl: 'Je bent al actief, maar nog niet structureel. Kies een paar doelen en meet wat het oplevert.',
        en: 'You are active, but not yet in a structured way. Choose a few goals and measure what they bring.',
      },
    },
    {
      id: 'voorloper',
      label: { nl: 'Voorloper', en: 'Front-runner' },
      min: 50,
      description: {
        nl: 'Je publiceert, meet en leert. Deel wat werkt: ook voorlopers zoeken nog.',
        en: 'You publish, measure and learn. Share what works: front-runners are still searching too.',
      },
    },
  ],
  routes,
  suggestions,
};
