/**
 * The questions of the built-in check and their benchmark per class of the model (see
 * report-2011.ts). Classes: `starter` — the large group still almost inexperienced; `verkenner` —
 * active but still searching; `voorloper` — very experienced. Shares use at most three decimals.
 */
import type { Question } from '../core/schema.ts';

// One frequency scale for every tool question keeps answers comparable across networks; `daily`
// states what a daily user does, for the gaps ("Dagelijks LinkedIn gebruiken voor je werk").
const frequency = (daily: { nl: string; en: string }) => [
  { id: 'never', label: { nl: 'Nooit', en: 'Never' }, value: 0 },
  { id: 'sometimes', label: { nl: 'Minder dan wekelijks', en: 'Less than weekly' }, value: 1 },
  { id: 'weekly', label: { nl: 'Wekelijks', en: 'Weekly' }, value: 2 },
  { id: 'daily', label: { nl: 'Dagelijks', en: 'Daily' }, value: 3, statement: daily },
];
const used = ['sometimes', 'weekly', 'daily'];

const viadesk =
  "Viadesk, 'Social media op werkvloer: Professional initiatiefrijk, werkgever behoudend' (2011); " + 'Dutch professionals recruited via Frankwatching, LinkedIn and Twitter, Sept 2011, n=366.';
// The published figure fixes only the share using the tool at all (the check); the split is ours.
const frequencySplit = ' Split over frequency and classes assumed.';
const profileHelp = { nl: 'Telt niet mee voor je score, wel voor de tips.', en: 'Not scored; used to pick your tips.' };

export const report = {
  groups: 'Een aantal professionals en organisaties heeft zeer veel ervaring, terwijl er aan de andere kant een grote groep nog vrijwel onervaren is.',
  searching: 'Het onderzoek laat zien hoe voorlopers en nog zoekende starters sociale media gebruiken en waar zij bij hun dagelijks werk tegenaan lopen.',
  publishMeasure:
    'Tools om op internet te publiceren (zoals blogs) en te meten (zoals Google Analytics) worden door een relatief kleine groep gebruikt, al zijn er ook hier professionals die deze tools dagelijks intensief inzetten.',
};

export const questions: Question[] = [
  {
    id: 'linkedin',
    dimension: 'networks',
    about: 'person',
    type: 'scale',
    text: { nl: 'Hoe vaak gebruik je LinkedIn voor je werk?', en: 'How often do you use LinkedIn for work?' },
    options: frequency({ nl: 'Dagelijks LinkedIn gebruiken voor je werk', en: 'Using LinkedIn for work every day' }),
    benchmark: {
      basis: { kind: 'sourced', source: `${viadesk} LinkedIn: 90 % professional use.${frequencySplit}`, check: { options: used, share: 0.9 } },
      shares: { starter: [0.23, 0.72, 0.05, 0], verkenner: [0.02, 0.28, 0.4, 0.3], voorloper: [0, 0.02, 0.13, 0.85] },
    },
  },
  {
    id: 'twitter',
    dimension: 'networks',
    about: 'person',
    type: 'scale',
    text: { nl: 'Hoe vaak gebruik je X (voorheen Twitter) voor je werk?', en: 'How often do you use X (formerly Twitter) for work?' },
    options: frequency({ nl: 'Dagelijks X gebruiken voor je werk', en: 'Using X for work every day' }),
    benchmark: {
      basis: { kind: 'sourced', source: `${viadesk} Twitter: 71 % professional use.${frequencySplit}`, check: { options: used, share: 0.71 } },
      shares: { starter: [0.59, 0.38, 0.03, 0], verkenner: [0.14, 0.36, 0.3, 0.2], voorloper: [0.02, 0.08, 0.2, 0.7] },
    },
  },
  {
    id: 'facebook',
    dimension: 'networks',
    about: 'person',
    type: 'scale',
    text: { nl: 'Hoe vaak gebruik je Facebook voor je werk?', en: 'How often do you use Facebook for work?' },
    options: frequency({ nl: 'Dagelijks Facebook gebruiken voor je werk', en: 'Using Facebook for work every day' }),
    benchmark: {
      basis: {
        kind: 'sourced',
        source: `${viadesk} Facebook: 38 % professional use.${frequencySplit} The split follows the report: 'Het gebruik van Facebook is het meest divers.'`,
        check: { options: used, share: 0.38 },
      },
      shares: { starter: [0.89, 0.08, 0.03, 0], verkenner: [0.5, 0.28, 0.13, 0.09], voorloper: [0.35, 0.15, 0.15, 0.35] },
    },
  },
  {
    id: 'blog',
    dimension: 'content',
    about: 'person',
    type: 'scale',
    text: { nl: 'Hoe vaak publiceer je zelf online, bijvoorbeeld op een blog?', en: 'How often do you publish online yourself, for example on a blog?' },
    options: frequency({ nl: 'Dagelijks zelf online publiceren', en: 'Publishing online every day' }),
    benchmark: {
      basis: { kind: 'assumed', quote: report.publishMeasure },
      shares: { starter: [0.99, 0.01, 0, 0], verkenner: [0.8, 0.15, 0.04, 0.01], voorloper: [0.42, 0.23, 0.17, 0.18] },
    },
  },
  {
    id: 'share',
    dimension: 'content',
    about: 'person',
    type: 'scale',
    text: {
      nl: 'Hoe vaak deel je eigen content met je klanten en je netwerk (artikelen, posts, video’s)?',
      en: 'How often do you share your own content with your customers and your network (articles, posts, videos)?',
    },
    options: frequency({ nl: 'Dagelijks eigen content delen', en: 'Sharing your own content every day' }),
    benchmark: {
      basis: {
        kind: 'assumed',
        quote:
          'Deze intensieve online-professionals gebruiken sociale media en internet actief in hun werk om content te maken en te delen met hun klanten en netwerk en de effectiviteit daarvan te meten.',
      },
      shares: { starter: [0.95, 0.05, 0, 0], verkenner: [0.3, 0.45, 0.2, 0.05], voorloper: [0.03, 0.17, 0.4, 0.4] },
    },
  },
  {
    id: 'analytics',
    dimension: 'content',
    about: 'person',
    type: 'scale',
    text: {
      nl: 'Hoe vaak meet je wat je online activiteiten opleveren, bijvoorbeeld met Google Analytics?',
      en: 'How often do you measure what your online activities bring, for example with Google Analytics?',
    },
    options: frequency({ nl: 'Dagelijks meten wat je online doet oplevert', en: 'Measuring every day what your online activities bring' }),
    benchmark: {
      basis: { kind: 'assumed', quote: report.publishMeasure },
      shares: { starter: [0.99, 0.01, 0, 0], verkenner: [0.8, 0.14, 0.05, 0.01], voorloper: [0.42, 0.2, 0.18, 0.2] },
    },
  },
  {
    id: 'insight',
    dimension: 'customers',
    about: 'organisation',
    type: 'single',
    text: { nl: 'Hoe goed weet je organisatie wat klanten willen?', en: 'How well does your organisation know what customers want?' },
    options: [
      { id: 'little', label: { nl: 'Beperkt of slecht', en: 'Limited or poorly' }, value: 0 },
      { id: 'some', label: { nl: 'Redelijk', en: 'Fairly well' }, value: 1 },
      {
        id: 'much',
        label: { nl: 'Goed: we sturen er onze strategie op', en: 'Well: it guides our strategy' },
        value: 2,
        statement: { nl: 'Goed weten wat klanten willen en er de strategie op sturen', en: 'Knowing well what customers want and steering strategy by it' },
      },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote: 'Sommige beschikken over veel klantkennis ter ondersteuning van strategie en operatie, terwijl andere organisaties slechts beperkt tot slecht zicht op hun klant hebben.',
      },
      shares: { starter: [0.94, 0.06, 0], verkenner: [0.3, 0.55, 0.15], voorloper: [0.08, 0.42, 0.5] },
    },
  },
  {
    id: 'methods',
    dimension: 'customers',
    about: 'organisation',
    type: 'multiple',
    text: { nl: 'Hoe komt je organisatie te weten wat klanten willen?', en: 'How does your organisation find out what customers want?' },
    options: [
      { id: 'surveys', label: { nl: 'Enquêtes', en: 'Surveys' }, value: 1 },
      { id: 'talks', label: { nl: 'Gesprekken met klanten', en: 'Talking with customers' }, value: 1 },
      { id: 'online', label: { nl: 'Online reacties en reviews', en: 'Online comments and reviews' }, value: 1 },
      { id: 'none', label: { nl: 'We doen dit niet gericht', en: 'We don’t do this on purpose' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'Om goed te weten wat klanten willen, gebruiken organisaties vooral surveys en persoonlijke gesprekken met klanten.' },
      totals: { starter: [0.94, 0.06, 0, 0], verkenner: [0.1, 0.45, 0.35, 0.1], voorloper: [0.02, 0.18, 0.45, 0.35] },
    },
  },
  {
    id: 'listening',
    dimension: 'customers',
    about: 'organisation',
    type: 'scale',
    text: {
      nl: 'Volgt je organisatie op sociale media wat klanten zeggen, om ze beter te leren kennen?',
      en: 'Does your organisation follow what customers say on social media, to get to know them better?',
    },
    options: [
      { id: 'no', label: { nl: 'Nee', en: 'No' }, value: 0 },
      { id: 'adhoc', label: { nl: 'Af en toe', en: 'Now and then' }, value: 1 },
      { id: 'regular', label: { nl: 'Regelmatig', en: 'Regularly' }, value: 2 },
      { id: 'structural', label: { nl: 'Structureel', en: 'Systematically' }, value: 3 },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'Analyse van sociale media om klantkennis op te bouwen, wordt nog slechts sporadisch ingezet.' },
      shares: { starter: [0.99, 0.01, 0, 0], verkenner: [0.85, 0.12, 0.03, 0], voorloper: [0.45, 0.3, 0.17, 0.08] },
    },
  },
  {
    id: 'personal',
    dimension: 'value',
    about: 'person',
    type: 'multiple',
    text: { nl: 'Welke voordelen heb je zelf al ervaren?', en: 'Which benefits have you experienced yourself?' },
    options: [
      { id: 'knowledge', label: { nl: 'Kennis: nieuws en informatie', en: 'Knowledge: news and information' }, value: 1 },
      { id: 'network', label: { nl: 'Kennissen: een groter netwerk', en: 'Contacts: a larger network' }, value: 1 },
      { id: 'leads', label: { nl: 'Knaken: leads en opdrachten', en: 'Business: leads and assignments' }, value: 1 },
      { id: 'none', label: { nl: 'Nog geen', en: 'None yet' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'Toch is er ook een flinke groep die nog helemaal geen voordelen heeft ervaren.' },
      totals: { starter: [0.94, 0.05, 0.01, 0], verkenner: [0.15, 0.35, 0.35, 0.15], voorloper: [0.02, 0.08, 0.35, 0.55] },
    },
  },
  {
    id: 'orgvalue',
    dimension: 'value',
    about: 'organisation',
    type: 'multiple',
    text: { nl: 'Wat leveren sociale media je organisatie al op?', en: 'What do social media already bring your organisation?' },
    options: [
      {
        id: 'marketing',
        label: { nl: 'Betere marketing en naamsbekendheid', en: 'Better marketing and brand awareness' },
        value: 1,
        statement: { nl: 'Betere marketing en naamsbekendheid halen uit sociale media', en: 'Getting better marketing and brand awareness from social media' },
      },
      {
        id: 'relations',
        label: { nl: 'Betere relaties met klanten', en: 'Better customer relationships' },
        value: 1,
        statement: { nl: 'Betere relaties met klanten opbouwen via sociale media', en: 'Building better customer relationships through social media' },
      },
      {
        id: 'sharing',
        label: { nl: 'Kennis delen met collega’s', en: 'Sharing knowledge with colleagues' },
        value: 1,
        statement: { nl: 'Via sociale media kennis delen met collega’s', en: 'Sharing knowledge with colleagues through social media' },
      },
      { id: 'none', label: { nl: 'Nog niets', en: 'Nothing yet' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'Professionals noemen als belangrijkste voordelen voor de organisatie in de marketing en kansen om relaties met klanten op te bouwen.' },
      // 'Nothing yet' is the chance of ticking none of the others: Π(1 − share).
      shares: { starter: [0.04, 0.03, 0.01, 0.922], verkenner: [0.45, 0.35, 0.25, 0.268], voorloper: [0.85, 0.75, 0.6, 0.015] },
    },
  },
  {
    id: 'goals',
    dimension: 'value',
    about: 'organisation',
    type: 'scale',
    text: {
      nl: 'Is duidelijk wat sociale media je organisatie moeten opleveren?',
      en: 'Is it clear what social media should bring your organisation?',
    },
    options: [
      { id: 'unclear', label: { nl: 'Nee, dat is nog onduidelijk', en: 'No, that is still unclear' }, value: 0 },
      { id: 'rough', label: { nl: 'Ongeveer, maar zonder concrete doelen', en: 'Roughly, but without concrete goals' }, value: 1 },
      { id: 'goals', label: { nl: 'Ja, we hebben concrete doelen', en: 'Yes, we have concrete goals' }, value: 2 },
      { id: 'measured', label: { nl: 'Ja, en we meten of we ze halen', en: 'Yes, and we measure whether we reach them' }, value: 3 },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote:
          'Ook voor professionals die wel zelf ervaring hebben opgedaan met sociale media is nog lang niet altijd duidelijk welk rendement hun organisatie hiermee kan halen of hoe sociale media in de eigen organisatie het beste kunnen worden benut.',
      },
      shares: { starter: [0.97, 0.03, 0, 0], verkenner: [0.45, 0.4, 0.12, 0.03], voorloper: [0.12, 0.35, 0.33, 0.2] },
    },
  },
  {
    id: 'experience',
    dimension: 'organisation',
    about: 'organisation',
    type: 'scale',
    text: { nl: 'Hoeveel kennis en ervaring met sociale media heeft je organisatie?', en: 'How much social media knowledge and experience does your organisation have?' },
    options: [
      { id: 'none', label: { nl: 'Nauwelijks', en: 'Hardly any' }, value: 0 },
      { id: 'little', label: { nl: 'Beperkt', en: 'Limited' }, value: 1 },
      { id: 'fair', label: { nl: 'Redelijk', en: 'Fair' }, value: 2 },
      { id: 'much', label: { nl: 'Veel', en: 'A lot' }, value: 3 },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote: 'Het belangrijkste probleem binnen organisaties is dat er een gebrek aan kennis en ervaring is, waardoor de mogelijkheden van sociale media nog niet worden gerealiseerd.',
      },
      shares: { starter: [0.95, 0.05, 0, 0], verkenner: [0.15, 0.55, 0.25, 0.05], voorloper: [0.02, 0.18, 0.4, 0.4] },
    },
  },
  {
    id: 'learning',
    dimension: 'organisation',
    about: 'organisation',
    type: 'multiple',
    text: { nl: 'Hoe leert je organisatie over sociale media?', en: 'How does your organisation learn about social media?' },
    options: [
      {
        id: 'others',
        label: { nl: 'Door te kijken naar ervaringen van anderen', en: 'By looking at others’ experiences' },
        value: 1,
        statement: { nl: 'Leren van de ervaringen van anderen', en: 'Learning from others’ experiences' },
      },
      {
        id: 'online',
        label: { nl: 'Door online kennis te delen', en: 'By sharing knowledge online' },
        value: 1,
        statement: { nl: 'Online kennis delen om te leren', en: 'Sharing knowledge online to learn' },
      },
      { id: 'hire', label: { nl: 'Door ervaring in te huren', en: 'By hiring experience' }, value: 1 },
      {
        id: 'practice',
        label: { nl: 'Door zelf te experimenteren', en: 'By experimenting ourselves' },
        value: 1,
        statement: { nl: 'Als organisatie zelf experimenteren', en: 'Experimenting as an organisation' },
      },
      { id: 'none', label: { nl: 'Daar zijn we nog niet mee bezig', en: 'We are not working on that yet' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote: 'Organisatie [sic] kunnen leren over sociale media door oriëntatie op ervaringen van anderen, online kennisdeling, inhuur van ervaring en zelf ervaring op te gaan doen.',
      },
      shares: { starter: [0.03, 0.01, 0, 0.02, 0.941], verkenner: [0.5, 0.35, 0.1, 0.5, 0.146], voorloper: [0.75, 0.8, 0.35, 0.9, 0.003] },
    },
  },
  {
    id: 'support',
    dimension: 'organisation',
    about: 'organisation',
    type: 'scale',
    text: {
      nl: 'Hoeveel steun krijg je van management en collega’s voor sociale media in je werk?',
      en: 'How much support do you get from management and colleagues for social media in your work?',
    },
    options: [
      { id: 'little', label: { nl: 'Weinig: het wordt niet serieus genomen', en: 'Little: it is not taken seriously' }, value: 0 },
      { id: 'tolerated', label: { nl: 'Het mag, maar zonder tijd of budget', en: 'It is allowed, but without time or budget' }, value: 1 },
      { id: 'supported', label: { nl: 'Veel: er is tijd of budget voor', en: 'A lot: there is time or budget for it' }, value: 2 },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote: 'Ook noemen relatief veel professionals dat sociale media in de organisatie nog niet serieus worden genomen, zowel door collega’s als het management.',
      },
      shares: { starter: [0.94, 0.06, 0], verkenner: [0.3, 0.55, 0.15], voorloper: [0.12, 0.45, 0.43] },
    },
  },
  {
    id: 'obstacles',
    dimension: 'organisation',
    type: 'multiple',
    weight: 0,
    text: { nl: 'Waar loop je tegenaan?', en: 'What holds you back?' },
    help: profileHelp,
    options: [
      { id: 'unfamiliar', label: { nl: 'Ik ken de mogelijkheden nog niet goed', en: 'I don’t know the possibilities well yet' }, value: 0 },
      { id: 'time', label: { nl: 'Het vraagt tijd en discipline', en: 'It takes time and discipline' }, value: 0 },
      { id: 'filtering', label: { nl: 'Nuttige informatie vinden tussen de rest', en: 'Finding useful information among the rest' }, value: 0 },
      { id: 'none', label: { nl: 'Geen van deze', en: 'None of these' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'Een belangrijk probleem is de onbekendheid met de mogelijkheden van sociale media.' },
      shares: { starter: [0.7, 0.35, 0.1, 0.175], verkenner: [0.4, 0.5, 0.35, 0.195], voorloper: [0.15, 0.5, 0.45, 0.234] },
    },
  },
  {
    id: 'concerns',
    dimension: 'organisation',
    type: 'multiple',
    weight: 0,
    text: { nl: 'Welke zorgen heb je over sociale media in je werk?', en: 'What concerns do you have about social media in your work?' },
    help: profileHelp,
    options: [
      { id: 'time', label: { nl: 'Het kost te veel tijd', en: 'It takes too much time' }, value: 0 },
      { id: 'money', label: { nl: 'Het gaat ten koste van geld verdienen', en: 'It gets in the way of earning money' }, value: 0 },
      { id: 'serious', label: { nl: 'Collega’s of management nemen het niet serieus', en: 'Colleagues or management don’t take it seriously' }, value: 0 },
      { id: 'none', label: { nl: 'Geen van deze', en: 'None of these' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: {
        kind: 'assumed',
        quote: 'De belangrijkste zorgen van professionals omtrent het gebruik van sociale media in het werk zijn dat er te veel tijd aan wordt besteed en het ten koste gaat van geld verdienen.',
      },
      shares: { starter: [0.5, 0.4, 0.2, 0.24], verkenner: [0.5, 0.35, 0.3, 0.228], voorloper: [0.4, 0.3, 0.25, 0.315] },
    },
  },
];
