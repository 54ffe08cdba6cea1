/**
 * The advice of the built-in check. Every suggestion answers a signal in the visitor's own answers
 * (and, for a few, the segment), so that nothing generic is shown and each can say why it was
 * chosen. `priority` orders them when several match: the most basic step first.
 */
import type { Config } from '../core/schema.ts';

const report = 'https://www.frankwatching.com/archive/2011/05/19/hoe-professionals-sociale-media-gebruiken-of-niet/';

export const routes: Config['routes'] = [
  { id: 'others', label: { nl: 'Leren van anderen', en: 'Learn from others' } },
  { id: 'online', label: { nl: 'Online kennis delen', en: 'Share knowledge online' } },
  { id: 'hire', label: { nl: 'Ervaring inhuren', en: 'Bring in experience' } },
  { id: 'practice', label: { nl: 'Zelf experimenteren', en: 'Learn by doing' } },
];

export const suggestions: Config['suggestions'] = [
  {
    id: 'linkedin-start',
    route: 'practice',
    priority: 90,
    when: [{ question: 'linkedin', anyOf: ['never', 'sometimes'] }],
    title: { nl: 'Begin bij LinkedIn', en: 'Start with LinkedIn' },
    reason: { nl: 'Omdat je aangaf LinkedIn niet of zelden te gebruiken.', en: 'Because you said you rarely or never use LinkedIn.' },
    body: {
      nl: 'Werk je profiel bij, zodat het zegt waar je goed in bent. Volg tien vakgenoten en reageer een maand lang elke week op één bericht. Zo bouw je zonder veel tijd een netwerk dat je kennis en kansen brengt.',
      en: 'Update your profile so that it says what you are good at. Follow ten peers and respond to one post every week for a month. That builds a network that brings knowledge and opportunities without taking much time.',
    },
    url: 'https://www.linkedin.com/help/linkedin',
  },
  {
    id: 'orientation',
    route: 'others',
    priority: 85,
    when: [{ question: 'obstacles', anyOf: ['unfamiliar'] }],
    title: { nl: 'Kijk eerst bij anderen', en: 'Look at others first' },
    reason: { nl: 'Omdat je aangaf de mogelijkheden nog niet goed te kennen.', en: 'Because you said you don’t know the possibilities well yet.' },
    body: {
      nl: 'Kies drie vakgenoten of concurrenten en kijk een week mee wat zij online doen. Noteer wat je aanspreekt en wat het hun lijkt op te leveren. Dat is je eerste lijstje om zelf te proberen.',
      en: 'Pick three peers or competitors and follow what they do online for a week. Note what appeals to you and what it seems to bring them. That is your first list of things to try.',
    },
    url: report,
  },
  {
    id: 'goal',
    route: 'practice',
    priority: 80,
    when: [{ question: 'goals', anyOf: ['unclear', 'rough'] }],
    title: { nl: 'Koppel het aan een doel', en: 'Tie it to a goal' },
    reason: {
      nl: 'Omdat je aangaf dat nog niet duidelijk is wat sociale media moeten opleveren.',
      en: 'Because you said it is not yet clear what social media should bring.',
    },
    body: {
      nl: 'Kies één doel, zoals nieuwe leads of beter zicht op klanten, en spreek af hoe je het merkt. Kijk na drie maanden wat het opleverde en stuur bij. Zo weet je welk rendement het heeft.',
      en: 'Pick one goal, such as new leads or a better view of customers, and agree how you will notice it. After three months, look at what it brought and adjust. That tells you what it is worth.',
    },
  },
  {
    id: 'management',
    route: 'others',
    priority: 75,
    when: [{ question: 'support', anyOf: ['little'] }],
    title: { nl: 'Neem het management mee', en: 'Bring management along' },
    reason: {
      nl: 'Omdat je aangaf weinig steun te krijgen van management of collega’s.',
      en: 'Because you said you get little support from management or colleagues.',
    },
    body: {
      nl: 'Laat twee voorbeelden zien van vergelijkbare organisaties en wat het hun opleverde. Stel een klein experiment voor van drie maanden met één meetbaar doel. Een concreet resultaat overtuigt meer dan een plan.',
      en: 'Show two examples of similar organisations and what it brought them. Propose a small three-month experiment with one measurable goal. A concrete result convinces more than a plan.',
    },
  },
  {
    id: 'time',
    route: 'practice',
    priority: 70,
    when: [{ question: 'concerns', anyOf: ['time', 'money'] }],
    title: { nl: 'Plan vaste, korte momenten', en: 'Plan fixed, short slots' },
    reason: {
      nl: 'Omdat je je zorgen maakt over de tijd of het geld dat het kost.',
      en: 'Because you worry about the time or money it costs.',
    },
    body: {
      nl: 'Zet twee keer per week een kwartier in je agenda en laat het daarbuiten los. Houd bij wat die tijd oplevert: een contact, een idee, een vraag van een klant. Dan zie je of het de moeite waard is.',
      en: 'Block fifteen minutes twice a week and leave it alone outside those slots. Keep track of what that time brings: a contact, an idea, a question from a customer. Then you can see whether it is worth it.',
    },
  },
  {
    id: 'publish',
    route: 'online',
    priority: 60,
    when: [
      { question: 'blog', anyOf: ['never', 'sometimes'] },
      { question: 'share', anyOf: ['never', 'sometimes'] },
    ],
    title: { nl: 'Publiceer zelf', en: 'Publish yourself' },
    reason: {
      nl: 'Omdat je aangaf zelden of nooit eigen content te publiceren of te delen.',
      en: 'Because you said you rarely or never publish or share your own content.',
    },
    body: {
      nl: 'Schrijf elke maand een kort stuk over een vraag die klanten je vaak stellen. Deel het op LinkedIn en bij je klanten. Zo word je zichtbaar als iemand die er verstand van heeft.',
      en: 'Write a short piece every month about a question customers often ask you. Share it on LinkedIn and with your customers. That makes you visible as someone who knows the subject.',
    },
  },
  {
    id: 'measure',
    route: 'practice',
    priority: 55,
    when: [{ question: 'analytics', anyOf: ['never', 'sometimes'] }],
    title: { nl: 'Meet wat het oplevert', en: 'Measure what it brings' },
    reason: { nl: 'Omdat je aangaf zelden of nooit te meten wat je online doet.', en: 'Because you said you rarely or never measure what you do online.' },
    body: {
      nl: 'Kies twee cijfers die bij je doel passen, zoals bezoekers van je website via LinkedIn of aanvragen via sociale media. Kijk er elke maand naar. Meten hoeft niet ingewikkeld te zijn om te helpen kiezen.',
      en: 'Pick two figures that fit your goal, such as website visitors from LinkedIn or enquiries via social media. Look at them every month. Measuring need not be complicated to help you choose.',
    },
    url: 'https://support.google.com/analytics',
  },
  {
    id: 'customers',
    route: 'others',
    priority: 50,
    when: [{ question: 'insight', anyOf: ['little'] }],
    title: { nl: 'Vraag klanten wat ze willen', en: 'Ask customers what they want' },
    reason: {
      nl: 'Omdat je aangaf dat je organisatie maar beperkt weet wat klanten willen.',
      en: 'Because you said your organisation knows only a little about what customers want.',
    },
    body: {
      nl: 'Spreek deze maand vijf klanten en stel ze dezelfde drie vragen. Leg de antwoorden naast elkaar en bespreek ze met je team. Daarna weet je ook beter waar je online naar moet luisteren.',
      en: 'Talk to five customers this month and ask each the same three questions. Compare the answers and discuss them with your team. Then you also know better what to listen for online.',
    },
  },
  {
    id: 'listen',
    route: 'hire',
    priority: 45,
    when: [{ question: 'listening', anyOf: ['no', 'adhoc'] }],
    title: { nl: 'Laat online luisteren opzetten', en: 'Get help listening online' },
    reason: {
      nl: 'Omdat je organisatie nog niet regelmatig volgt wat klanten online zeggen.',
      en: 'Because your organisation does not yet regularly follow what customers say online.',
    },
    body: {
      nl: 'Vraag een specialist om te laten zien hoe je online volgt wat klanten over jullie zeggen. Begin met een paar zoekwoorden: je naam, je producten en je vakgebied. Eén uur per week is genoeg om te zien wat er speelt.',
      en: 'Have a specialist show you how to follow what customers say about you online. Start with a few search terms: your name, your products and your field. One hour a week is enough to see what is going on.',
    },
  },
  {
    id: 'hire',
    route: 'hire',
    priority: 40,
    when: [{ question: 'experience', anyOf: ['none', 'little'] }],
    title: { nl: 'Haal ervaring in huis', en: 'Bring in experience' },
    reason: {
      nl: 'Omdat je aangaf dat je organisatie nog weinig kennis en ervaring heeft.',
      en: 'Because you said your organisation has little knowledge and experience yet.',
    },
    body: {
      nl: 'Een ervaren begeleider helpt je in een paar sessies doelen kiezen, een aanpak opzetten en na drie maanden terugkijken. Zo leer je sneller dan door alles zelf uit te zoeken.',
      en: 'An experienced coach helps you in a few sessions to set goals, plan an approach and look back after three months. That way you learn faster than by working everything out alone.',
    },
  },
  {
    id: 'share-inside',
    route: 'online',
    priority: 35,
    when: [{ question: 'learning', anyOf: ['none'] }],
    title: { nl: 'Deel kennis met collega’s', en: 'Share knowledge with colleagues' },
    reason: {
      nl: 'Omdat je aangaf dat je organisatie nog niet bezig is met leren over sociale media.',
      en: 'Because you said your organisation is not yet working on learning about social media.',
    },
    body: {
      nl: 'Spreek af dat collega’s maandelijks delen wat ze online leerden, in een overleg of een gedeeld kanaal. Vijf minuten per persoon is genoeg. Zo groeit de kennis van de hele organisatie.',
      en: 'Agree that colleagues share every month what they learned online, in a meeting or a shared channel. Five minutes each is enough. That is how the whole organisation’s knowledge grows.',
    },
  },
  {
    id: 'filter',
    route: 'online',
    priority: 30,
    when: [{ question: 'obstacles', anyOf: ['filtering'] }],
    title: { nl: 'Filter wat je leest', en: 'Filter what you read' },
    reason: {
      nl: 'Omdat je aangaf dat nuttige informatie vinden lastig is.',
      en: 'Because you said finding useful information is hard.',
    },
    body: {
      nl: 'Maak lijsten van de twintig bronnen die er voor je vak echt toe doen en lees vooral die. Zet meldingen uit en kijk op vaste momenten. Zo houd je het nuttig zonder dat het je dag opslokt.',
      en: 'Make lists of the twenty sources that really matter for your field and read mainly those. Turn notifications off and look at fixed times. That keeps it useful without swallowing your day.',
    },
  },
  {
    id: 'listen-deeper',
    route: 'others',
    priority: 25,
    when: [{ question: 'listening', anyOf: ['regular', 'structural'] }],
    title: { nl: 'Maak van luisteren klantkennis', en: 'Turn listening into customer insight' },
    reason: {
      nl: 'Omdat je organisatie al regelmatig volgt wat klanten online zeggen.',
      en: 'Because your organisation already follows what customers say online.',
    },
    body: {
      nl: 'Vat elk kwartaal samen wat klanten online zeggen en leg het naast enquêtes en gesprekken. Bespreek met het management wat het betekent voor producten en service. Dat maakt luisteren tot een bron voor je strategie.',
      en: 'Every quarter, summarise what customers say online and set it beside surveys and conversations. Discuss with management what it means for products and service. That makes listening a source for your strategy.',
    },
  },
  {
    id: 'return',
    route: 'practice',
    priority: 20,
    when: [{ question: 'analytics', anyOf: ['weekly', 'daily'] }],
    title: { nl: 'Reken het rendement door', en: 'Work out the return' },
    reason: { nl: 'Omdat je al regelmatig meet wat je online doet.', en: 'Because you already measure what you do online regularly.' },
    body: {
      nl: 'Verbind je metingen met wat de organisatie telt: aanvragen, opdrachten, tevreden klanten. Zet de tijd die het kost ernaast. Met die cijfers maak je keuzes en overtuig je anderen.',
      en: 'Connect your measurements to what the organisation counts: enquiries, assignments, satisfied customers. Set the time it takes beside them. With those figures you make choices and convince others.',
    },
  },
  {
    id: 'lead-share',
    route: 'online',
    priority: 15,
    when: [{ segment: ['voorloper'] }, { question: 'share', anyOf: ['weekly', 'daily'] }],
    title: { nl: 'Deel wat werkt', en: 'Share what works' },
    reason: {
      nl: 'Omdat je al regelmatig eigen content deelt en tot de voorlopers hoort.',
      en: 'Because you already share your own content regularly and are among the front-runners.',
    },
    body: {
      nl: 'Ook voorlopers zoeken nog. Schrijf op wat bij jullie werkt en wat niet, en deel het in een online vakgroep of op een bijeenkomst. De vragen die je terugkrijgt, brengen je zelf ook verder.',
      en: 'Front-runners are still searching too. Write down what works for you and what does not, and share it in an online group or at a meeting. The questions you get back move you forward as well.',
    },
  },
  {
    id: 'mentor',
    route: 'online',
    priority: 10,
    when: [{ question: 'experience', anyOf: ['fair', 'much'] }],
    title: { nl: 'Laat ervaren collega’s anderen helpen', en: 'Let experienced colleagues help others' },
    reason: {
      nl: 'Omdat je aangaf dat je organisatie al behoorlijk wat ervaring heeft.',
      en: 'Because you said your organisation already has a fair amount of experience.',
    },
    body: {
      nl: 'Koppel wie al veel doet aan collega’s die nog zoeken, bijvoorbeeld een uur per maand. Zo verspreidt de ervaring zich en wordt het geen hobby van een paar mensen.',
      en: 'Pair those who already do a lot with colleagues who are still searching, for example one hour a month. That spreads the experience and keeps it from being a hobby of a few people.',
    },
  },
];
