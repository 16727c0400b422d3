import { z } from 'zod';
import { CASE_KINDS } from '@/db/schema';
import { cleanText } from '@/lib/validation/clean-text';
import { LIMITS } from './moderation-limits';

const id = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, 'teacher.errors.notFound')
  .transform(Number);

// Error messages are message keys; the forms translate them (and fill in {max}).
export const rejectSchema = z.object({
  id,
  reason: z
    .string()
    .default('')
    .transform((v) => cleanText(v, { multiline: true }))
    .pipe(
      z
        .string()
        .min(1, 'teacher.item.rejectReasonRequired')
        .max(LIMITS.reason, 'teacher.item.rejectReasonTooLong'),
    ),
});

export const editSchema = z.object({
  id,
  title: z
    .string()
    .default('')
    .transform((v) => cleanText(v))
    .pipe(
      z
        .string()
        .min(1, 'teacher.edit.titleRequired')
        .max(LIMITS.title, 'teacher.edit.titleTooLong'),
    ),
  description: z
    .string()
    .default('')
    .transform((v) => cleanText(v, { multiline: true }))
    .pipe(z.string().max(LIMITS.description, 'teacher.edit.descriptionTooLong')),
  caseKind: z.enum(CASE_KINDS, 'teacher.edit.caseKindInvalid'),
});
