import type { Translate } from '@/lib/i18n/translate';

/** "4 runs · 1 question · 12 answers" for one imported comparison, each part pluralized. */
export function itemSummary(t: Translate, c: { runs: number; questions: number; votes: number }): string {
  return [
    t('packs.import.runs', { count: c.runs }),
    t('packs.import.questions', { count: c.questions }),
    t('packs.import.votes', { count: c.votes }),
  ].join(' · ');
}
