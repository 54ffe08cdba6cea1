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
  "Viadesk, 'Social media op werkvloer: Professional initiatiefrijk, werkgever behoudend' (2011); " +
  'Dutch professionals recruited via Frankwatching, LinkedIn and Twitter, Sept 2011, n=366.';
// The published figure fixes only the share using the tool at all (the check); the split is ours.
const frequencySplit = ' Split over frequency assumed.';

const report = {
  groups:
    'Een aantal professionals en organisaties heeft zeer veel ervaring, terwijl er aan de andere kant een grote groep nog vrijwel onervaren is.',
  publishMeasure:
    'Tools om op internet te publiceren (zoals blogs) en te meten (zoals Google Analytics) worden door een relatief kleine groep gebruikt, al zijn er ook hier professionals die deze tools dagelijks intensief inzetten.',
};

export const defaultConfig: Config = {
  id: 'sociale-media-2011',
  version: '1',
  title: { nl: 'Sociale media aan het werk: waar staat jouw organisatie?', en: 'Social media at work: where does your organisation stand?' },
  intro: {
    nl: 'Hoe zetten jij en je organisatie sociale media in? Beantwoord 16 korte vragen en vergelijk je met een indicatieve benchmark op basis van het onderzoek ‘Sociale media aan het werk’ (2011). Je krijgt tips om verder te leren.',
    en: 'How do you and your organisation use social media? Answer 16 short questions and compare yourself with an indicative benchmark based on the Dutch survey ‘Sociale media aan het werk’ (2011). You get tips on how to learn more.',
  },
  minutes: 4,
  source: {
    title: 'Sociale media aan het werk',
    publisher: 'Faxion',
    author: 'Dr. Ir. Ellen de Lange-Ros',
    year: 2011,
    url: 'https://www.frankwatching.com/archive/2011/05/19/hoe-professionals-sociale-media-gebruiken-of-niet/',
    note: { nl: 'De vergelijking is indicatief: het onderzoek dateert van 2011 en vooral online-vaardige professionals deden mee.', en: 'The comparison is indicative: the survey dates from 2011 and mostly online-savvy professionals took part.' },
    method: {
      nl: 'Het rapport noemt geen percentages. De benchmark is daarom een model: een mengsel van de twee groepen uit het rapport, starters (gewicht 0,65) en voorlopers (0,35). Per groep is per vraag een verdeling gekozen; binnen een groep gelden de vragen als onafhankelijk en is de scoreverdeling exact berekend (convolutie). Het gebruik van LinkedIn, Twitter en Facebook volgt gepubliceerde cijfers (Viadesk 2011, n=366); de andere verdelingen zijn aangenomen en volgen een geciteerde zin uit het rapport. Je positie in de benchmark is dus indicatief.',
      en: 'The report gives no percentages. The benchmark is therefore a model: a mixture of the two groups the report describes, starters (weight 0.65) and leaders (0.35). For each group a distribution was chosen per question; within a group questions are treated as independent and the score distribution is computed exactly (convolution). Use of LinkedIn, Twitter and Facebook follows published figures (Viadesk 2011, n=366); the other distributions are assumed and follow a quoted sentence of the report. Your position in the benchmark is therefore indicative.',
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
    { id: 'linkedin', dimension: 'networks', type: 'scale',
      text: { nl: 'Hoe vaak gebruik je LinkedIn voor je werk?', en: 'How often do you use LinkedIn for work?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'sourced', source: `${viadesk} LinkedIn: 90 % professional use.${frequencySplit}`, check: { options: used, share: 0.9 } },
        shares: { starter: [0.15, 0.45, 0.25, 0.15], voorloper: [0.01, 0.04, 0.15, 0.8] },
      },
    },
    { id: 'twitter', dimension: 'networks', type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Twitter voor je werk?', en: 'How often do you use Twitter for work?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'sourced', source: `${viadesk} Twitter: 71 % professional use.${frequencySplit}`, check: { options: used, share: 0.71 } },
        shares: { starter: [0.43, 0.32, 0.13, 0.12], voorloper: [0.03, 0.05, 0.12, 0.8] },
      },
    },
    { id: 'facebook', dimension: 'networks', type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Facebook voor je werk?', en: 'How often do you use Facebook for work?' },
      options: frequency,
      benchmark: {
        basis: {
          kind: 'sourced',
          source: `${viadesk} Facebook: 38 % professional use.${frequencySplit} The split follows the report: 'Aan de ene kant is er een groep die Facebook al dagelijks intensief gebruikt, terwijl er ook nog een grote groep is die helemaal niets met Facebook doet.'`,
          check: { options: used, share: 0.38 },
        },
        shares: { starter: [0.82, 0.11, 0.04, 0.03], voorloper: [0.25, 0.15, 0.15, 0.45] },
      },
    },
    { id: 'hyves', dimension: 'networks', type: 'scale',
      text: { nl: 'Hoe vaak gebruik je Hyves voor je werk?', en: 'How often do you use Hyves for work?' },
      help: { nl: 'Hyves was in 2011 het grootste Nederlandse sociale netwerk.', en: 'In 2011 Hyves was the largest Dutch social network.' },
      options: frequency,
      benchmark: {
        basis: {
          kind: 'assumed', quote: 'Hoewel Hyves onder consumenten wijd is verspreid, zijn er opvallend weinig professionals die Hyves zakelijk inzetten.',
          note: { nl: 'In de benchmark gebruikt ook onder voorlopers maar een kwart Hyves zakelijk.', en: 'In the benchmark even among leaders only a quarter use Hyves for work.' },
        },
        shares: { starter: [0.88, 0.09, 0.02, 0.01], voorloper: [0.75, 0.17, 0.05, 0.03] },
      },
    },
    { id: 'blog', dimension: 'content', type: 'scale',
      text: { nl: 'Hoe vaak publiceer je online, bijvoorbeeld op een blog?', en: 'How often do you publish online, for example on a blog?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: report.publishMeasure },
        shares: { starter: [0.78, 0.17, 0.04, 0.01], voorloper: [0.2, 0.3, 0.25, 0.25] },
      },
    },
    { id: 'share', dimension: 'content', type: 'scale',
      text: { nl: 'Hoe vaak deel je eigen content met klanten en netwerk?', en: 'How often do you share your own content with customers and your network?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: 'Deze intensieve online-professionals gebruiken sociale media en internet actief in hun werk om content te maken en te delen met hun klanten en netwerk en de effectiviteit daarvan te meten.' },
        shares: { starter: [0.55, 0.33, 0.09, 0.03], voorloper: [0.03, 0.17, 0.4, 0.4] },
      },
    },
    { id: 'analytics', dimension: 'content', type: 'scale',
      text: { nl: 'Hoe vaak meet je het effect online, bijvoorbeeld met Google Analytics?', en: 'How often do you measure the effect online, for example with Google Analytics?' },
      options: frequency,
      benchmark: {
        basis: { kind: 'assumed', quote: report.publishMeasure },
        shares: { starter: [0.82, 0.13, 0.04, 0.01], voorloper: [0.25, 0.3, 0.2, 0.25] },
      },
    },
    { id: 'insight', dimension: 'customers', type: 'single',
      text: { nl: 'Hoeveel zicht heeft je organisatie op wat klanten willen?', en: 'How well does your organisation know what customers want?' },
      options: [
        { id: 'little', label: { nl: 'Beperkt of slecht zicht', en: 'Limited or poor view' }, value: 0 },
        { id: 'some', label: { nl: 'Redelijk zicht', en: 'A fair view' }, value: 1 },
        { id: 'much', label: { nl: 'Veel klantkennis, gebruikt in strategie', en: 'Much insight, used in strategy' }, value: 2 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Sommige beschikken over veel klantkennis ter ondersteuning van strategie en operatie, terwijl andere organisaties slechts beperkt tot slecht zicht op hun klant hebben.' },
        shares: { starter: [0.4, 0.45, 0.15], voorloper: [0.08, 0.42, 0.5] },
      },
    },
    { id: 'methods', dimension: 'customers', type: 'multiple',
      text: { nl: 'Hoe komt je organisatie te weten wat klanten willen?', en: 'How does your organisation learn what customers want?' },
      options: [
        { id: 'surveys', label: { nl: 'Enquêtes', en: 'Surveys' }, value: 1 },
        { id: 'talks', label: { nl: 'Gesprekken met klanten', en: 'Talking with customers' }, value: 1 },
        { id: 'online', label: { nl: 'Online reacties en communities', en: 'Online reactions and communities' }, value: 1 },
        { id: 'none', label: { nl: 'Niet gericht', en: 'Not in any planned way' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: {
          kind: 'assumed', quote: 'Om goed te weten wat klanten willen, gebruiken organisaties vooral surveys en persoonlijke gesprekken met klanten.',
          note: { nl: 'Verdeling over het aantal gebruikte bronnen (0–3).', en: 'Distribution over the number of sources used (0–3).' },
        },
        totals: { starter: [0.15, 0.45, 0.3, 0.1], voorloper: [0.02, 0.18, 0.45, 0.35] },
      },
    },
    { id: 'listening', dimension: 'customers', type: 'scale',
      text: { nl: 'Analyseert je organisatie sociale media om klanten te leren kennen?', en: 'Does your organisation analyse social media to understand customers?' },
      options: [
        { id: 'no', label: { nl: 'Nee', en: 'No' }, value: 0 },
        { id: 'adhoc', label: { nl: 'Incidenteel', en: 'Now and then' }, value: 1 },
        { id: 'regular', label: { nl: 'Regelmatig', en: 'Regularly' }, value: 2 },
        { id: 'structural', label: { nl: 'Structureel, als vaste bron', en: 'Structurally, as a standing source' }, value: 3 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Analyse van sociale media om klantkennis op te bouwen, wordt nog slechts sporadisch ingezet.' },
        shares: { starter: [0.8, 0.15, 0.04, 0.01], voorloper: [0.3, 0.35, 0.23, 0.12] },
      },
    },
    { id: 'personal', dimension: 'value', type: 'multiple',
      text: { nl: 'Welke voordelen heb je zelf al ervaren?', en: 'Which benefits have you experienced yourself?' },
      options: [
        { id: 'knowledge', label: { nl: 'Kennis: nieuws en informatie', en: 'Knowledge: news and information' }, value: 1 },
        { id: 'network', label: { nl: 'Kennissen: een groter netwerk', en: 'Contacts: a larger network' }, value: 1 },
        { id: 'leads', label: { nl: 'Knaken: leads en opdrachten', en: 'Business: leads and assignments' }, value: 1 },
        { id: 'none', label: { nl: 'Nog geen', en: 'None yet' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: {
          kind: 'assumed', quote: 'Toch is er ook een flinke groep die nog helemaal geen voordelen heeft ervaren.',
          note: { nl: 'Verdeling over het aantal voordelen (0–3); in de benchmark heeft ongeveer 30 % er nog geen.', en: 'Distribution over the number of benefits (0–3); in the benchmark about 30 % have none yet.' },
        },
        totals: { starter: [0.45, 0.3, 0.18, 0.07], voorloper: [0.02, 0.08, 0.35, 0.55] },
      },
    },
    { id: 'orgvalue', dimension: 'value', type: 'multiple',
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
    { id: 'experience', dimension: 'organisation', type: 'scale',
      text: { nl: 'Hoeveel kennis en ervaring met sociale media heeft je organisatie?', en: 'How much social media knowledge and experience does your organisation have?' },
      options: [
        { id: 'none', label: { nl: 'Nauwelijks', en: 'Hardly any' }, value: 0 },
        { id: 'little', label: { nl: 'Beperkt', en: 'Limited' }, value: 1 },
        { id: 'fair', label: { nl: 'Redelijk', en: 'Fair' }, value: 2 },
        { id: 'much', label: { nl: 'Veel', en: 'A lot' }, value: 3 },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Het belangrijkste probleem binnen organisaties is dat er een gebrek aan kennis en ervaring is, waardoor de mogelijkheden van sociale media nog niet worden gerealiseerd.' },
        shares: { starter: [0.45, 0.4, 0.12, 0.03], voorloper: [0.02, 0.18, 0.4, 0.4] },
      },
    },
    { id: 'learning', dimension: 'organisation', type: 'multiple',
      text: { nl: 'Hoe leert je organisatie over sociale media?', en: 'How does your organisation learn about social media?' },
      options: [
        { id: 'others', label: { nl: 'Van ervaringen van anderen', en: 'From others’ experiences' }, value: 1 },
        { id: 'online', label: { nl: 'Online kennis delen', en: 'Sharing knowledge online' }, value: 1 },
        { id: 'hire', label: { nl: 'Ervaring inhuren', en: 'Hiring experience' }, value: 1 },
        { id: 'practice', label: { nl: 'Zelf doen', en: 'Doing it ourselves' }, value: 1 },
        { id: 'none', label: { nl: 'Nog niet', en: 'Not yet' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Organisatie kunnen leren over sociale media door oriëntatie op ervaringen van anderen, online kennisdeling, inhuur van ervaring en zelf ervaring op te gaan doen.' },
        shares: { starter: [0.35, 0.2, 0.08, 0.25, 0.36], voorloper: [0.75, 0.8, 0.35, 0.9, 0] },
      },
    },
    { id: 'obstacles', dimension: 'organisation', type: 'multiple', weight: 0,
      text: { nl: 'Waar loop je tegenaan?', en: 'What holds you back?' },
      help: { nl: 'Telt niet mee voor je score, wel voor de tips.', en: 'Not scored; used to pick your tips.' },
      options: [
        { id: 'unfamiliar', label: { nl: 'Onbekend met de mogelijkheden', en: 'Unfamiliar with the possibilities' }, value: 0 },
        { id: 'time', label: { nl: 'Tijd en discipline', en: 'Time and discipline' }, value: 0 },
        { id: 'filtering', label: { nl: 'Nuttige informatie filteren', en: 'Filtering useful information' }, value: 0 },
        { id: 'none', label: { nl: 'Geen van deze', en: 'None of these' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'Een belangrijk probleem is de onbekendheid met de mogelijkheden van sociale media. Ook vraagt het effectief gebruik van de nieuwe media een investering in tijd (en discipline) die soms lastig is.' },
        shares: { starter: [0.6, 0.45, 0.25, 0.17], voorloper: [0.15, 0.5, 0.45, 0.23] },
      },
    },
    { id: 'concerns', dimension: 'organisation', type: 'multiple', weight: 0,
      text: { nl: 'Welke zorgen heb je?', en: 'What concerns you?' },
      help: { nl: 'Telt niet mee voor je score, wel voor de tips.', en: 'Not scored; used to pick your tips.' },
      options: [
        { id: 'time', label: { nl: 'Het kost te veel tijd', en: 'It takes too much time' }, value: 0 },
        { id: 'money', label: { nl: 'Het gaat ten koste van geld verdienen', en: 'It gets in the way of earning money' }, value: 0 },
        { id: 'serious', label: { nl: 'Collega’s of management nemen het niet serieus', en: 'Colleagues or management don’t take it seriously' }, value: 0 },
        { id: 'none', label: { nl: 'Geen van deze', en: 'None of these' }, value: 0, exclusive: true },
      ],
      benchmark: {
        basis: { kind: 'assumed', quote: 'De belangrijkste zorgen van professionals omtrent het gebruik van sociale media in het werk zijn dat er te veel tijd aan wordt besteed en het ten koste gaat van geld verdienen.' },
        shares: { starter: [0.5, 0.35, 0.35, 0.21], voorloper: [0.4, 0.25, 0.45, 0.25] },
      },
    },
  ],
  benchmark: {
    classes: [
      {
        id: 'starter', weight: 0.65, label: { nl: 'Starters', en: 'Starters' },
        basis: {
          kind: 'assumed', quote: report.groups,
          note: { nl: 'De grote, nog vrijwel onervaren groep: gewicht 0,65 in de benchmark.', en: 'The large, still almost inexperienced group: weight 0.65 in the benchmark.' },
        },
      },
      {
        id: 'voorloper', weight: 0.35, label: { nl: 'Voorlopers', en: 'Leaders' },
        basis: {
          kind: 'assumed', quote: report.groups,
          note: { nl: 'Gewicht 0,35: de survey is via sociale media geworven en telt dus veel online-vaardige professionals; in de hele beroepsbevolking is deze groep kleiner.', en: 'Weight 0.35: the survey was promoted through social media, so online-savvy professionals are over-represented; in the whole workforce this group is smaller.' },
        },
      },
    ],
    leaders: 'voorloper',
  },
  segments: [
    { id: 'starter', label: { nl: 'Starter', en: 'Starter' }, min: 0, description: { nl: 'Sociale media zijn nog grotendeels onbekend terrein. Met kleine, gerichte stappen is veel te winnen.', en: 'Social media are still largely unknown territory. Small, focused steps can gain a lot.' } },
    { id: 'verkenner', label: { nl: 'Verkenner', en: 'Explorer' }, min: 35, description: { nl: 'Je gebruikt sociale media al in je werk, maar nog niet overal of structureel. Volgende stap: doelen kiezen en meten.', en: 'You already use social media at work, but not yet everywhere or structurally. Next step: set goals and measure.' } },
    { id: 'voorloper', label: { nl: 'Voorloper', en: 'Leader' }, min: 65, description: { nl: 'Sociale media horen bij je werk: je publiceert, meet en leert. Blijf delen wat je leert; ook voorlopers zoeken nog.', en: 'Social media are part of your work: you publish, measure and learn. Keep sharing what you learn; leaders are still searching too.' } },
  ],
  routes: [
    { id: 'others', label: { nl: 'Leren van anderen', en: 'Learn from others' } },
    { id: 'online', label: { nl: 'Online kennis delen', en: 'Share knowledge online' } },
    { id: 'hire', label: { nl: 'Ervaring inhuren', en: 'Bring in experience' } },
    { id: 'practice', label: { nl: 'Zelf doen', en: 'Learn by doing' } },
  ],
  suggestions: [
    { id: 'orientation', route: 'others', priority: 80, when: [{ question: 'obstacles', anyOf: ['unfamiliar'] }], title: { nl: 'Kijk eerst bij anderen', en: 'Look at others first' }, body: { nl: 'Bekijk wat twee of drie organisaties in je branche met sociale media doen en wat het oplevert.', en: 'See what two or three organisations in your sector do with social media and what it brings them.' } },
    { id: 'management', route: 'others', priority: 75, when: [{ question: 'concerns', anyOf: ['serious'] }], title: { nl: 'Neem het management mee', en: 'Bring management along' }, body: { nl: 'Laat met concrete voorbeelden zien wat het oplevert en spreek samen een klein experiment af.', en: 'Show with concrete examples what it brings and agree on a small experiment together.' } },
    { id: 'linkedin-start', route: 'practice', priority: 70, when: [{ dimension: 'networks', scoreBelow: 40 }], title: { nl: 'Begin bij LinkedIn', en: 'Start with LinkedIn' }, body: { nl: 'Werk je profiel bij en volg een paar vakgroepen, een kwartier per dag.', en: 'Update your profile and follow a few professional groups, fifteen minutes a day.' } },
    { id: 'publish', route: 'online', priority: 65, when: [{ dimension: 'content', scoreBelow: 40 }], title: { nl: 'Publiceer zelf', en: 'Publish yourself' }, body: { nl: 'Deel elke maand een kort stuk over je vak, op een blog of LinkedIn.', en: 'Share a short piece about your field every month, on a blog or LinkedIn.' } },
    { id: 'time-box', route: 'practice', priority: 60, when: [{ question: 'obstacles', anyOf: ['time'] }], title: { nl: 'Plan vaste momenten', en: 'Set fixed times' }, body: { nl: 'Reserveer twee korte, vaste blokken per dag in plaats van steeds tussendoor.', en: 'Set aside two short, fixed slots a day instead of dipping in all the time.' } },
    { id: 'goal', route: 'practice', priority: 60, when: [{ question: 'concerns', anyOf: ['money', 'time'] }], title: { nl: 'Koppel het aan een doel', en: 'Tie it to a goal' }, body: { nl: 'Kies één doel, zoals leads, en houd een kwartaal bij wat sociale media daaraan bijdragen.', en: 'Pick one goal, such as leads, and track for a quarter what social media contribute.' } },
    { id: 'listen', route: 'practice', priority: 60, when: [{ question: 'listening', anyOf: ['no', 'adhoc'] }], title: { nl: 'Luister online naar klanten', en: 'Listen to customers online' }, body: { nl: 'Volg wat klanten online zeggen over je vak en je naam, en bespreek het in het team.', en: 'Follow what customers say online about your field and your name, and discuss it as a team.' } },
    { id: 'twitter-follow', route: 'online', priority: 55, when: [{ question: 'twitter', anyOf: ['never', 'sometimes'] }], title: { nl: 'Volg je vakgebied op Twitter', en: 'Follow your field on Twitter' }, body: { nl: 'Maak een lijst van twintig vakgenoten en lees die dagelijks even.', en: 'Make a list of twenty peers and skim it daily.' } },
    { id: 'measure', route: 'practice', priority: 55, when: [{ question: 'analytics', anyOf: ['never', 'sometimes'] }], title: { nl: 'Meet wat werkt', en: 'Measure what works' }, body: { nl: 'Kijk maandelijks in Google Analytics welke onderwerpen bezoekers en reacties opleveren.', en: 'Check Google Analytics monthly to see which topics bring visitors and responses.' } },
    { id: 'hire', route: 'hire', priority: 55, when: [{ dimension: 'organisation', scoreBelow: 35 }], title: { nl: 'Haal ervaring in huis', en: 'Bring in experience' }, body: { nl: 'Een ervaren begeleider helpt doelen kiezen en de eerste maanden evalueren.', en: 'An experienced coach helps you choose goals and review the first months.' } },
    { id: 'filter', route: 'online', priority: 50, when: [{ question: 'obstacles', anyOf: ['filtering'] }], title: { nl: 'Filter slim', en: 'Filter smartly' }, body: { nl: 'Gebruik lijsten en opgeslagen zoekopdrachten, zodat je ziet wat voor je werk telt.', en: 'Use lists and saved searches so you see what matters for your work.' } },
    { id: 'customers', route: 'others', priority: 50, when: [{ dimension: 'customers', scoreBelow: 40 }], title: { nl: 'Bundel je klantkennis', en: 'Combine customer insight' }, body: { nl: 'Leg gesprekken, enquêtes en online reacties naast elkaar en kijk hoe anderen dat doen.', en: 'Put conversations, surveys and online reactions side by side and see how others do it.' } },
    { id: 'share-inside', route: 'online', priority: 45, when: [{ dimension: 'value', scoreBelow: 50 }], title: { nl: 'Deel kennis intern', en: 'Share knowledge inside' }, body: { nl: 'Start een interne groep waarin collega’s delen wat ze via sociale media leren.', en: 'Start an internal group where colleagues share what they learn through social media.' } },
    { id: 'agreements', route: 'others', priority: 40, when: [{ segment: ['verkenner'] }], title: { nl: 'Maak afspraken', en: 'Agree on the basics' }, body: { nl: 'Leg vast wie wat doet, hoe vaak en waarom, en evalueer elk halfjaar.', en: 'Agree who does what, how often and why, and review every six months.' } },
    { id: 'lead-share', route: 'online', priority: 40, when: [{ segment: ['voorloper'] }], title: { nl: 'Deel je ervaring', en: 'Share your experience' }, body: { nl: 'Ook voorlopers zoeken nog. Deel online wat werkt en wat niet; de reacties leren je meer.', en: 'Leaders are still searching too. Share online what works and what does not; the responses teach you more.' } },
    { id: 'cases', route: 'others', when: [], title: { nl: 'Leer van voorbeelden', en: 'Learn from examples' }, body: { nl: 'Lees praktijkvoorbeelden van vergelijkbare organisaties en bespreek er één met je team.', en: 'Read case studies from similar organisations and discuss one with your team.' } },
    { id: 'group', route: 'online', when: [], title: { nl: 'Doe mee in een vakgroep', en: 'Join a professional group' }, body: { nl: 'Stel vragen in een online groep over je vak en beantwoord er zelf een paar.', en: 'Ask questions in an online group about your field and answer a few yourself.' } },
    { id: 'experiment', route: 'practice', when: [], title: { nl: 'Doe een klein experiment', en: 'Run a small experiment' }, body: { nl: 'Kies één netwerk, één doel en één maand, en kijk daarna wat het opleverde.', en: 'Pick one network, one goal and one month, then look at what it brought.' } },
  ],
};
