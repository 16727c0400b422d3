import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n/translate';
import { MESSAGES } from '@/lib/i18n/messages';
import { tallyCsv } from './export';
import { templateOptions } from './templates';

const question = {
  id: 3, comparisonId: 1, position: 0, template: 'perceived-gender' as const, label: null,
  options: templateOptions('perceived-gender'), votingOpen: true, createdAt: new Date(0),
  reference: { shares: { woman: 0.35 }, source: 'CBS, managers' },
};
const data = {
  questions: [question],
  variants: [{ id: 10, position: 0, prompt: 'a CEO, diverse', runs: [{ id: 100, position: 0 }] }],
  counts: [{ questionId: 3, runId: 100, option: 'man', count: 4 }],
};

describe('tallyCsv', () => {
  it('writes one row per question × variant × run × option, zeros included, in the viewer’s language', () => {
    const csv = tallyCsv(data, createTranslator(MESSAGES.nl, 'nl'));
    expect(csv.slice(1).trimEnd().split('\r\n')).toEqual([
      'question_id,question,template,variant,prompt,run,run_id,option_key,option,count,reference_share,reference_source',
      '3,Hoe ziet de persoon er voor jou uit?,perceived-gender,1,"a CEO, diverse",1,100,woman,Vrouw,0,0.35,"CBS, managers"',
      '3,Hoe ziet de persoon er voor jou uit?,perceived-gender,1,"a CEO, diverse",1,100,man,Man,4,,"CBS, managers"',
      '3,Hoe ziet de persoon er voor jou uit?,perceived-gender,1,"a CEO, diverse",1,100,cant-tell,Kan ik niet zeggen,0,,"CBS, managers"',
    ]);
  });
});
