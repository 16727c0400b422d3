import { z } from 'zod';
import { cleanText } from './clean-text';

/** Why a viewer reports a comparison; labels at `submit.report.reasons.<reason>`. */
export const REPORT_REASONS = [
  'inappropriate',
  'privacy',
  'hurtful',
  'copyright',
  'misleading',
  'other',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_DETAILS_MAX = 500;

// Messages are i18n keys: validatedAction hands them to the form, which translates them.
export const reportSchema = z.object({
  comparisonId: z.coerce
    .number({ error: 'submit.report.errors.failed' })
    .int()
    .positive({ error: 'submit.report.errors.failed' }),
  reason: z.enum(REPORT_REASONS, { error: 'submit.report.errors.reason' }),
  details: z
    .string()
    .optional()
    .default('')
    .overwrite((v) => cleanText(v, { multiline: true }))
    .pipe(z.string().max(REPORT_DETAILS_MAX, { error: 'submit.report.errors.detailsTooLong' })),
});
