import { z } from 'zod';
import { TALLY_TEMPLATES } from '@/db/schema';
import { cleanText } from '@/lib/validation/clean-text';

export const QUESTION_MAX = 200;
export const OPTION_MAX = 60;

const id = z.string().regex(/^[1-9]\d{0,15}$/, 'tally.editor.errors.notFound').transform(Number);

// Error messages are message keys; the forms translate them.
export const templateQuestionSchema = z.object({
  comparisonId: id,
  template: z.enum(TALLY_TEMPLATES, 'tally.editor.errors.templateInvalid'),
});

export const customQuestionSchema = z.object({
  comparisonId: id,
  label: z
    .string()
    .default('')
    .transform((v) => cleanText(v))
    .pipe(
      z
        .string()
        .min(1, 'tally.editor.errors.labelRequired')
        .max(QUESTION_MAX, 'tally.editor.errors.labelTooLong'),
    ),
  // One option per line; blank lines are ignored.
  options: z
    .string()
    .default('')
    .transform((v) => cleanText(v, { multiline: true }).split('\n').map((o) => o.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .refine((list) => list.every((o) => o.length <= OPTION_MAX), 'tally.editor.errors.optionTooLong')
        .refine((list) => list.length >= 2 && list.length <= 8, 'tally.editor.errors.optionsCount')
        .refine(
          (list) => new Set(list.map((o) => o.toLocaleLowerCase())).size === list.length,
          'tally.editor.errors.optionsDuplicate',
        ),
    ),
});

export const questionRefSchema = z.object({ comparisonId: id, questionId: id });
export const votingSchema = questionRefSchema.extend({ open: z.enum(['0', '1']) });
