import { EXAMPLE_SLUGS } from './example-slugs';

/**
 * The 15-minute lesson as data: order, minutes and where each step sends the class. The words
 * live in lesson.{en,nl}.json under `lesson.plan.steps.<id>`.
 */
export type LessonStepId = 'gan' | 'realOrFake' | 'variation' | 'bias' | 'cards' | 'closing';
export type LessonLinkKey = 'link' | 'cardLink';

export interface LessonStep {
  id: LessonStepId;
  minutes: number;
  links: Array<{ href: string; label: LessonLinkKey }>;
}

export const LESSON_STEPS: readonly LessonStep[] = [
  { id: 'gan', minutes: 3, links: [{ href: '/gan', label: 'link' }] },
  { id: 'realOrFake', minutes: 2, links: [{ href: '/gan#game', label: 'link' }] },
  {
    id: 'variation',
    minutes: 3,
    links: [{ href: `/gallery/${EXAMPLE_SLUGS.variation}`, label: 'link' }],
  },
  {
    id: 'bias',
    minutes: 3,
    links: [
      { href: `/gallery/${EXAMPLE_SLUGS.bias}`, label: 'link' },
      { href: '/prompts#judge', label: 'cardLink' },
    ],
  },
  { id: 'cards', minutes: 2, links: [{ href: '/prompts', label: 'link' }] },
  {
    id: 'closing',
    minutes: 2,
    links: [{ href: `/gallery/${EXAMPLE_SLUGS.collapse}`, label: 'link' }],
  },
];

export const CLOSING_QUESTIONS = ['q1', 'q2', 'q3'] as const;

/** "3:00" style start times, so the teacher sees where the lesson should be. */
export function stepStarts(steps: readonly LessonStep[]): number[] {
  let at = 0;
  return steps.map((s) => {
    const start = at;
    at += s.minutes;
    return start;
  });
}
