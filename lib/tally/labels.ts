import type { TallyOption, TallyTemplate } from '@/db/schema';
import type { Translate } from '@/lib/i18n/translate';

type QuestionText = { template: TallyTemplate | null; label: string | null };

/** A template question reads in the viewer's language; a teacher's question as written. */
export function questionText(q: QuestionText, t: Translate): string {
  return q.template ? t(`tally.templates.${q.template}.question`) : (q.label ?? '');
}

export function optionText(q: QuestionText, option: TallyOption, t: Translate): string {
  if (option.label !== null) return option.label;
  if (!q.template) return option.key;
  // The key type-checks against the template's own options only at runtime; a missing key shows.
  return t(`tally.templates.${q.template}.options.${option.key}` as Parameters<Translate>[0]);
}
