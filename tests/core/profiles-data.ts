/**
 * The content review's seven visitor profiles (and the extremes): answers to the built-in check,
 * the segment each must get, the suggestions each must and must not get. Shared by the profile
 * table (profiles.test.ts) and the results page test.
 */
import type { Answers } from '../../src/core/answers.ts';
import { defaultConfig as config } from '../../src/content/report-2011.ts';
import { lowest } from './respondents.ts';

const floor = lowest(config);
export const top: Answers = Object.fromEntries(
  config.questions.map((q) => [
    q.id,
    q.type !== 'multiple'
      ? q.options.at(-1)!.id
      : q.weight === 0
        ? [q.options.find((o) => o.exclusive)!.id]
        : q.options.filter((o) => !o.exclusive).map((o) => o.id),
  ]),
);

export interface Profile {
  name: string;
  answers: Answers;
  segment: 'starter' | 'verkenner' | 'voorloper';
  must: string[];
  mustNot: string[];
  /** Which side is ahead, when the profile is about the difference. */
  ahead?: 'person' | 'organisation';
}

export const profiles: Profile[] = [
  {
    name: 'A total beginner (zzp/mkb, 2026)',
    answers: {
      ...floor,
      linkedin: 'sometimes',
      facebook: 'sometimes',
      methods: ['talks'],
      obstacles: ['unfamiliar', 'time'],
      concerns: ['time'],
    },
    segment: 'starter',
    must: ['linkedin-start', 'orientation', 'goal'],
    mustNot: ['lead-share', 'mentor', 'return', 'listen-deeper'],
  },
  {
    name: 'B LinkedIn-only professional',
    answers: {
      ...floor,
      linkedin: 'daily',
      blog: 'sometimes',
      share: 'sometimes',
      insight: 'some',
      personal: ['knowledge', 'network'],
      orgvalue: ['relations'],
      goals: 'rough',
      experience: 'little',
      learning: ['others', 'practice'],
      support: 'tolerated',
    },
    segment: 'verkenner',
    must: ['publish', 'goal', 'measure'],
    mustNot: ['linkedin-start', 'lead-share'],
  },
  {
    name: 'C 2026 marketing manager',
    answers: {
      ...floor,
      linkedin: 'daily',
      facebook: 'weekly',
      blog: 'weekly',
      share: 'weekly',
      analytics: 'daily',
      insight: 'some',
      methods: ['surveys', 'talks', 'online'],
      listening: 'regular',
      personal: ['knowledge', 'network', 'leads'],
      orgvalue: ['marketing', 'relations'],
      goals: 'goals',
      experience: 'fair',
      learning: ['others', 'online', 'practice'],
      support: 'supported',
    },
    segment: 'voorloper',
    must: ['lead-share', 'return', 'listen-deeper'],
    mustNot: ['linkedin-start', 'publish', 'measure', 'hire'],
  },
  {
    name: 'D power user',
    answers: top,
    segment: 'voorloper',
    must: ['lead-share', 'return', 'listen-deeper'],
    mustNot: ['linkedin-start', 'hire', 'publish', 'goal'],
  },
  {
    name: 'E active person, lagging organisation',
    answers: {
      ...floor,
      linkedin: 'daily',
      twitter: 'weekly',
      blog: 'weekly',
      share: 'weekly',
      personal: ['knowledge', 'network', 'leads'],
      experience: 'little',
      concerns: ['serious'],
    },
    segment: 'verkenner',
    must: ['management', 'goal', 'customers'],
    mustNot: ['linkedin-start', 'publish', 'lead-share'],
    ahead: 'person',
  },
  {
    name: 'F strong organisation, passive person',
    answers: {
      ...floor,
      linkedin: 'sometimes',
      insight: 'much',
      methods: ['surveys', 'talks', 'online'],
      listening: 'structural',
      orgvalue: ['marketing', 'relations', 'sharing'],
      goals: 'measured',
      experience: 'much',
      learning: ['others', 'online', 'hire', 'practice'],
      support: 'supported',
    },
    segment: 'voorloper',
    must: ['linkedin-start', 'publish', 'measure'],
    mustNot: ['hire', 'listen', 'goal', 'management'],
    ahead: 'organisation',
  },
  {
    name: 'G marketer without X or blog, posts on LinkedIn',
    answers: {
      ...floor,
      linkedin: 'daily',
      facebook: 'sometimes',
      share: 'daily',
      analytics: 'weekly',
      insight: 'some',
      methods: ['talks'],
      personal: ['knowledge', 'network', 'leads'],
      orgvalue: ['marketing', 'relations'],
      goals: 'rough',
      experience: 'fair',
      support: 'tolerated',
    },
    segment: 'verkenner',
    must: ['goal', 'return'],
    mustNot: ['linkedin-start', 'publish', 'measure'],
  },
  {
    name: 'the lowest answer everywhere',
    answers: floor,
    segment: 'starter',
    must: ['linkedin-start', 'goal', 'management'],
    mustNot: ['lead-share', 'mentor', 'return', 'listen-deeper'],
  },
];
