import { z } from 'zod';
import { cleanText } from './clean-text';
import { REPORT_DETAILS_MAX, REPORT_REASONS } from './report-reasons';

export { REPORT_DETAILS_MAX, REPORT_REASONS, type ReportReason } from './report-reasons';

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
