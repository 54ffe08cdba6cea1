/**
 * The default config: the 2011 survey 'Sociale media aan het werk' (Faxion) as a benchmark.
 *
 * The report gives its findings in words only, so the benchmark is a model: a mixture of the two
 * groups it describes. Every distribution names its basis — a published figure (`sourced`, with
 * a `check` the mixture must meet) or the report sentence it follows (`assumed`, quoted verbatim).
 * Shares use two decimals that sum exactly, so tests can check them without rounding slack.
 */
import type { Config } from '../core/schema.ts';

// One frequency scale for every tool question keeps answers comparable across networks.
const frequency = [
  { id: 'never', label: { nl: 'Nooit', en: 'Never' }, value: 0 },
  { id: 'sometimes', label: { nl: 'Af en toe', en: 'Occasionally' }, value: 1 },
  { id: 'weekly', label: { nl: 'Wekelijks', en: 'Weekly' }, value: 2 },
  { id: 'daily', label: { nl: 'Dagelijks, intensief', en: 'Daily, intensively' }, value: 3 },
];
const used = ['sometimes', 'weekly', 'daily'];

const viadesk =
  "Viadesk, 'Social media op werkvloer: Professional initiatiefrijk, werkgever behoudend' (2011); " + 'Dutch professionals recruited via Frankwatching, LinkedIn and Twitter, Sept 2011, n=366.';
// The published figure fixes only the share using the tool at all (the check); the split is ours.
const frequencySplit = ' Split over frequency assumed.';

const report = {
  groups: 'Een aantal professionals en organisaties heeft zeer veel ervaring, terwijl er aan de andere kant een grote groep nog vrijwel onervaren is.',
  publishMeasure:
    'Tools om op internet te publiceren (zoals blogs) en te meten (zoals Google Analytics) worden door een relatief kleine groep gebruikt, al zijn er ook hier professionals die deze tools dagelijks intensief inzetten.',
};

export const defaultConfig: Config = {
  id: 'sociale-media-2011',
  version: '1',
  title: { nl: 'Sociale media aan het werk: waar staat jouw organisatie?', en: 'Social media at work: where does your organisation stand?' },
  intro: {
    nl: 'Waar staan jij en je organisatie met sociale media? 16 korte vragen, een indicatieve benchmark (2011) en tips.',
    en: 'Where do you and your organisation stand with social media? 16 short questions, an indicative benchmark (2011) and tips.',
  },
  minutes: 4,
  source: {
    title: 'Sociale media aan het werk',
    publisher: 'Faxion',
    author: 'Dr. Ir. Ellen de Lange-Ros',
    year: 2011,
    url: 'https://www.frankwatching.com/archive/2011/05/19/hoe-professionals-sociale-media-gebruiken-of-niet/',
    note: { nl: 'Indicatief: een onderzoek uit 2011, vooral onder online-vaardige professionals.', en: 'Indicative: a 2011 survey, mostly of online-savvy professionals.' },
    method: {
      nl: 'Een model, want het rapport noemt geen percentages: een mengsel van starters (65 %) en voorlopers (35 %), per groep exact berekend. LinkedIn, Twitter en Facebook volgen Viadesk (2011, n=366); de rest volgt een geciteerde zin uit het rapport.',
      en: 'A model, as the report gives no percentages: a mixture of starters (65 %) and leaders (35 %), computed exactly per group. LinkedIn, Twitter and Facebook follow Viadesk (2011, n=366); the rest follows a quoted sentence of the report.',
    },
  },
  dimensions: [
    { id: 'networks', label: { nl: 'Netwerken', en: 'Networks' } },
    { id: 'content', label: { nl: 'Publiceren en meten', en: 'Publishing and measuring' } },
    { id: 'customers', label: { nl: 'Klantkennis', en: 'Customer insight' } },
    { id: 'value', label: { nl: 'Meerwaarde', en: 'Value' } },
    { id: 'organisation', label: { nl: 'Organisatie en leren', en: 'Organisation and learning' } },
  ],
  questions: [
    {
      id: 'linkedin',
      dimension: 'networks',
      type: 'scale',
      text: { nl: 'Hoe vaak gebruik je LinkedIn voor je werk?', en: 'How often do you use LinkedIn for work?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'sourced', source: `${viadesk} LinkedIn: 90 % professional use.${frequencySplit}`, check: { options: used, share: 0.9 } },
        shares: { starter: [0.15, 0.45, 0.25, 0.15], voorloper: [0.01, 0.04, 0.15, 0.8] },
      },
    },
    {
      id: 'twitter',
      dimension: 'networks',
      type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Twitter voor je werk?', en: 'How often do you use Twitter for work?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'sourced', source: `${viadesk} Twitter: 71 % professional use.${frequencySplit}`, check: { options: used, share: 0.71 } },
        shares: { starter: [0.43, 0.32, 0.13, 0.12], voorloper: [0.03, 0.05, 0.12, 0.8] },
      },
    },
    {
      id: 'facebook',
      dimension: 'networks',
      type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Facebook voor je werk?', en: 'How often do you use Facebook for work?' },
      options: frequency,
      benchmark: {
        basis: {
          kind: 'sourced',
          source: `${viadesk} Facebook: 38 % professional use.${frequencySplit} The split follows the report: 'Het gebruik van Facebook is het meest divers.'`,
          check: { options: used, share: 0.38 },
        },
        shares: { starter: [0.82, 0.11, 0.04, 0.03], voorloper: [0.25, 0.15, 0.15, 0.45] },
      },
    },
    {
      id: 'hyves',
      dimension: 'networks',
      type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Hyves voor je werk?', en: 'How often do you use Hyves for work?' },
      help: { nl: 'In 2011 het grootste Nederlandse sociale netwerk.', en: 'In 2011 the largest Dutch social network.' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: 'Hoewel Hyves onder consumenten wijd is verspreid, zijn er opvallend weinig professionals die Hyves zakelijk inzetten.' },
        shares: { starter: [0.88, 0.09, 0.02, 0.01], voorloper: [0.75, 0.17, 0.05, 0.03] },
      },
    },
    {
      id: 'blog',
      dimension: 'content',
      type: 'scale',
      text: { nl: 'Hoe vaak publiceer je online, zoals op een blog?', en: 'How often do you publish online, such as on a blog?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: report.publishMeasure },
        shares: { starter: [0.78, 0.17, 0.04, 0.01], voorloper: [0.2, 0.3, 0.25, 0.25] },
      },
    },
    {
      id: 'share',
      dimension: 'content',
      type: 'scale',
      text: { nl: 'Hoe vaak deel je eigen content met klanten en netwerk?', en: 'How often do you share your own content with customers and network?' },
      options: frequency,
      benchmark: {
        basis: {
          kind: 'assumed',
          quote:
            'Deze intensieve online-professionals gebruiken sociale media en internet actief in hun werk om content te maken en te delen met hun klanten en netwerk en de effectiviteit daarvan te meten.',
        },
        shares: { starter: [0.55, 0.33, 0.09, 0.03], voorloper: [0.03, 0.17, 0.4, 0.4] },
      },
    },
    {
      id: 'analytics',
      dimension: 'content',
      type: 'scale',
      text: { nl: 'Hoe vaak meet je online effect, zoals met Google Analytics?', en: 'How often do you measure online results, such as with Google Analytics?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: report.publishMeasure },
        shares: { starter: [0.82, 0.13, 0.04, 0.01], voorloper: [0.25, 0.3, 0.2, 0.25] },
      },
    },
    {
      id: 'insight',
      dimension: 'customers',
      type: 'single',
      text: { nl: 'Hoeveel zicht heeft je organisatie op wat klanten willen?', en: 'How well does your organisation know what customers want?' },
      options: [
        { id: 'little', label: { nl: 'Beperkt of slecht', en: 'Limited or poor' }, value: 0 },
        { id: 'some', label: { nl: 'Redelijk', en: 'Fair' }, value: 1 },
        { id: 'much', label: { nl: 'Veel, gebruikt in strategie', en: 'Good, used in strategy' }, value: 2 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Omtrent het vergaren van klantkennis zijn er grote verschillen tussen organisaties.' },
        shares: { starter: [0.4, 0.45, 0.15], voorloper: [0.08, 0.42, 0.5] },
      },
    },
    {
      id: 'methods',
      dimension: 'customers',
      type: 'multiple',
      text: { nl: 'Hoe komt je organisatie te weten wat klanten willen?', en: 'How does your organisation learn what customers want?' },
      options: [
        { id: 'surveys', label: { nl: 'Enquêtes', en: 'Surveys' }, value: 1 },
        { id: 'talks', label: { nl: 'Gesprekken met klanten', en: 'Talking with customers' }, value: 1 },
        { id: 'online', label: { nl: 'Online reacties', en: 'Online reactions' }, value: 1 },
        { id: 'none', label: { nl: 'Niet gericht', en: 'Not systematically' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Om goed te weten wat klanten willen, gebruiken organisaties vooral surveys en persoonlijke gesprekken met klanten.' },
        totals: { starter: [0.15, 0.45, 0.3, 0.1], voorloper: [0.02, 0.18, 0.45, 0.35] },
      },
    },
    {
      id: 'listening',
      dimension: 'customers',
      type: 'scale',
      text: { nl: 'Analyseert je organisatie sociale media voor klantkennis?', en: 'Does your organisation analyse social media for customer insight?' },
      options: [
        { id: 'no', label: { nl: 'Nee', en: 'No' }, value: 0 },
        { id: 'adhoc', label: { nl: 'Incidenteel', en: 'Now and then' }, value: 1 },
        { id: 'regular', label: { nl: 'Regelmatig', en: 'Regularly' }, value: 2 },
        { id: 'structural', label: { nl: 'Structureel', en: 'Structurally' }, value: 3 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Analyse van sociale media om klantkennis op te bouwen, wordt nog slechts sporadisch ingezet.' },
        shares: { starter: [0.8, 0.15, 0.04, 0.01], voorloper: [0.3, 0.35, 0.23, 0.12] },
      },
    },
    {
      id: 'personal',
      dimension: 'value',
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
        totals: { starter: [0.45, 0.3, 0.18, 0.07], voorloper: [0.02, 0.08, 0.35, 0.55] },
      },
    },
    {
      id: 'orgvalue',
      dimension: 'value',
      type: 'multiple',
      text: { nl: 'Wat leveren sociale media je organisatie al op?', en: 'What do social media already bring your organisation?' },
      options: [
        { id: 'marketing', label: { nl: 'Marketing', en: 'Marketing' }, value: 1 },
        { id: 'relations', label: { nl: 'Relaties met klanten', en: 'Customer relationships' }, value: 1 },
        { id: 'sharing', label: { nl: 'Kennis delen met collega’s', en: 'Knowledge sharing with colleagues' }, value: 1 },
        { id: 'none', label: { nl: 'Nog niets', en: 'Nothing yet' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Professionals noemen als belangrijkste voordelen voor de organisatie in de marketing en kansen om relaties met klanten op te bouwen.' },
        shares: { starter: [0.3, 0.22, 0.15, 0.46], voorloper: [0.85, 0.75, 0.6, 0.02] },
      },
    },
    {
      id: 'experience',
      dimension: 'organisation',
      type: 'scale',
      text: { nl: 'Hoeveel kennis en ervaring met sociale media heeft je organisatie?', en: 'How much social media knowledge and experience does your organisation have?' },
      options: [
        { id: 'none', label: { nl: 'Nauwelijks', en: 'Hardly any' }, value: 0 },
        { id: 'little', label: { nl: 'Beperkt', en: 'Limited' }, value: 1 },
        { id: 'fair', label: { nl: 'Redelijk', en: 'Fair' }, value: 2 },
        { id: 'much', label: { nl: 'Veel', en: 'A lot' }, value: 3 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: report.groups },
        shares: { starter: [0.45, 0.4, 0.12, 0.03], voorloper: [0.02, 0.18, 0.4, 0.4] },
      },
    },
    {
      id: 'learning',
      dimension: 'organisation',
      type: 'multiple',
      text: { nl: 'Hoe leert je organisatie over sociale media?', en: 'How does your organisation learn about social media?' },
      options: [
        { id: 'others', label: { nl: 'Van ervaringen van anderen', en: 'From others’ experiences' }, value: 1 },
        { id: 'online', label: { nl: 'Online kennis delen', en: 'Sharing knowledge online' }, value: 1 },
        { id: 'hire', label: { nl: 'Ervaring inhuren', en: 'Hiring experience' }, value: 1 },
        { id: 'practice', label: { nl: 'Zelf doen', en: 'Doing it ourselves' }, value: 1 },
        { id: 'none', label: { nl: 'Nog niet', en: 'Not yet' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: {
          kind: 'assumed',
          quote: 'Organisatie kunnen leren over sociale media door oriëntatie op ervaringen van anderen, online kennisdeling, inhuur van ervaring en zelf ervaring op te gaan doen.',
        },
        shares: { starter: [0.35, 0.2, 0.08, 0.25, 0.36], voorloper: [0.75, 0.8, 0.35, 0.9, 0] },
      },
    },
    {
      id: 'obstacles',
      dimension: 'organisation',
      type: 'multiple',
      weight: 0,
      text: { nl: 'Waar loop je tegenaan?', en: 'What holds you back?' },
      help: { nl: 'Telt niet mee voor je score, wel voor de tips.', en: 'Not scored; used to pick your tips.' },
      options: [
        { id: 'unfamiliar', label: { nl: 'Onbekend met de mogelijkheden', en: 'Unfamiliar with the possibilities' }, value: 0 },
        { id: 'time', label: { nl: 'Tijd en discipline', en: 'Time and discipline' }, value: 0 },
        { id: 'filtering', label: { nl: 'Nuttige informatie filteren', en: 'Filtering useful information' }, value: 0 },
        { id: 'none', label: { nl: 'Geen van deze', en: 'None of these' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Een belangrijk probleem is de onbekendheid met de mogelijkheden van sociale media.' },
        shares: { starter: [0.6, 0.45, 0.25, 0.17], voorloper: [0.15, 0.5, 0.45, 0.23] },
      },
    },
    {
      id: 'concerns',
      dimension: 'organisation',
      type: 'multiple',
      weight: 0,
      text: { nl: 'Welke zorgen heb je?', en: 'What concerns you?' },
      help: { nl: 'Telt niet mee voor je score, wel voor de tips.', en: 'Not scored; used to pick your tips.' },
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
        shares: { starter: [0.5, 0.35, 0.35, 0.21], voorloper: [0.4, 0.25, 0.45, 0.25] },
      },
    },
  ],
  benchmark: {
    classes: [
      {
        id: 'starter',
        weight: 0.65,
        label: { nl: 'Starters', en: 'Starters' },
        basis: { kind: 'assumed', quote: report.groups },
      },
      {
        id: 'voorloper',
        weight: 0.35,
        label: { nl: 'Voorlopers', en: 'Leaders' },
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
  segments: [
    {
      id: 'starter',
      label: { nl: 'Starter', en: 'Starter' },
      min: 0,
      description: { nl: 'Nog vooral onbekend terrein: kleine stappen leveren veel op.', en: 'Still mostly unknown territory: small steps gain a lot.' },
    },
    {
      id: 'verkenner',
      label: { nl: 'Verkenner', en: 'Explorer' },
      min: 35,
      description: { nl: 'Al actief, nog niet structureel: kies doelen en meet.', en: 'Active, not yet structurally: set goals and measure.' },
    },
    {
      id: 'voorloper',
      label: { nl: 'Voorloper', en: 'Leader' },
      min: 65,
      description: { nl: 'Je publiceert, meet en leert: blijf dat delen.', en: 'You publish, measure and learn: keep sharing it.' },
    },
  ],
  routes: [
    { id: 'others', label: { nl: 'Leren van anderen', en: 'Learn from others' } },
    { id: 'online', label: { nl: 'Online kennis delen', en: 'Share knowledge online' } },
    { id: 'hire', label: { nl: 'Ervaring inhuren', en: 'Bring in experience' } },
    { id: 'practice', label: { nl: 'Zelf doen', en: 'Learn by doing' } },
  ],
  // Each tip answers one clear signal: a weak dimension, a segment or a specific answer; the last
  // three (`when: []`) top the list up. No `priority`: among equally weak spots the order below
  // decides, which is the order the priorities gave. Every route appears at least twice.
  suggestions: [
    {
      id: 'orientation',
      route: 'others',
      when: [{ question: 'obstacles', anyOf: ['unfamiliar'] }],
      title: { nl: 'Kijk eerst bij anderen', en: 'Look at others first' },
      body: { nl: 'Kijk wat vakgenoten doen en wat het oplevert.', en: 'See what peers do and what it brings.' },
    },
    {
      id: 'management',
      route: 'others',
      when: [{ question: 'concerns', anyOf: ['serious'] }],
      title: { nl: 'Neem het management mee', en: 'Bring management along' },
      body: { nl: 'Toon voorbeelden en spreek een klein experiment af.', en: 'Show examples and agree on a small experiment.' },
    },
    {
      id: 'linkedin-start',
      route: 'practice',
      when: [{ dimension: 'networks', scoreBelow: 40 }],
      title: { nl: 'Begin bij LinkedIn', en: 'Start with LinkedIn' },
      body: { nl: 'Werk je profiel bij en volg vakgroepen.', en: 'Update your profile and follow groups.' },
    },
    {
      id: 'publish',
      route: 'online',
      when: [{ dimension: 'content', scoreBelow: 40 }],
      title: { nl: 'Publiceer zelf', en: 'Publish yourself' },
      body: { nl: 'Deel elke maand een kort stuk over je vak.', en: 'Share a short piece on your field every month.' },
    },
    {
      id: 'goal',
      route: 'practice',
      when: [{ question: 'concerns', anyOf: ['money', 'time'] }],
      title: { nl: 'Koppel het aan een doel', en: 'Tie it to a goal' },
      body: { nl: 'Kies één doel, zoals leads, en meet wat het oplevert.', en: 'Pick one goal, such as leads, and track what it brings.' },
    },
    {
      id: 'listen',
      route: 'hire',
      when: [{ question: 'listening', anyOf: ['no', 'adhoc'] }],
      title: { nl: 'Laat online luisteren opzetten', en: 'Get help listening online' },
      body: { nl: 'Laat een specialist tonen hoe je klanten online volgt.', en: 'Let a specialist show how to follow customers online.' },
    },
    {
      id: 'hire',
      route: 'hire',
      when: [{ dimension: 'organisation', scoreBelow: 35 }],
      title: { nl: 'Haal ervaring in huis', en: 'Bring in experience' },
      body: { nl: 'Een ervaren begeleider helpt je doelen kiezen en evalueren.', en: 'An experienced coach helps you set and review goals.' },
    },
    {
      id: 'share-inside',
      route: 'online',
      when: [{ dimension: 'value', scoreBelow: 50 }],
      title: { nl: 'Deel kennis intern', en: 'Share knowledge inside' },
      body: { nl: 'Laat collega’s intern delen wat ze online leren.', en: 'Let colleagues share inside what they learn online.' },
    },
    {
      id: 'lead-share',
      route: 'online',
      when: [{ segment: ['voorloper'] }],
      title: { nl: 'Deel je ervaring', en: 'Share your experience' },
      body: { nl: 'Ook voorlopers zoeken nog: deel online wat werkt.', en: 'Leaders are still searching too: share online what works.' },
    },
    {
      id: 'cases',
      route: 'others',
      when: [],
      title: { nl: 'Leer van voorbeelden', en: 'Learn from examples' },
      body: { nl: 'Bespreek een praktijkvoorbeeld met je team.', en: 'Discuss a case study with your team.' },
    },
    {
      id: 'group',
      route: 'online',
      when: [],
      title: { nl: 'Doe mee in een vakgroep', en: 'Join a professional group' },
      body: { nl: 'Stel en beantwoord vragen in een online vakgroep.', en: 'Ask and answer questions in an online professional group.' },
    },
    {
      id: 'experiment',
      route: 'practice',
      when: [],
      title: { nl: 'Doe een klein experiment', en: 'Run a small experiment' },
      body: { nl: 'Probeer één netwerk een maand lang met één doel.', en: 'Try one network for one month with one goal.' },
    },
  ],
};
