import type { TallyData } from '@/db/queries/tally-results';
import type { Translate } from '@/lib/i18n/translate';
import { toCsv } from './csv';
import { optionText, questionText } from './labels';

export const CSV_HEADER = [
  'question_id',
  'question',
  'template',
  'variant',
  'prompt',
  'run',
  'run_id',
  'option_key',
  'option',
  'count',
  'reference_share',
  'reference_source',
] as const;

/**
 * One row per question × variant × run × option, zeros included, so a spreadsheet can pivot any
 * way without guessing what is missing. Variant and run are 1-based positions as on the page;
 * texts are in the language of whoever downloads, keys and ids stay the same in both.
 */
export function tallyCsv(data: TallyData, t: Translate): string {
  const counts = new Map(data.counts.map((c) => [`${c.questionId}|${c.runId}|${c.option}`, c.count]));
  const rows: (string | number)[][] = [];
  for (const q of data.questions) {
    const text = questionText(q, t);
    for (const v of data.variants) {
      for (const r of v.runs) {
        for (const o of q.options) {
          const share = q.reference?.shares[o.key];
          rows.push([
            q.id,
            text,
            q.template ?? '',
            v.position + 1,
            v.prompt,
            r.position + 1,
            r.id,
            o.key,
            optionText(q, o, t),
            counts.get(`${q.id}|${r.id}|${o.key}`) ?? 0,
            share === undefined ? '' : share,
            q.reference?.source ?? '',
          ]);
        }
      }
    }
  }
  return toCsv(CSV_HEADER, rows);
}
