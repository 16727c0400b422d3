/**
 * Why a viewer reports a comparison; labels at `submit.report.reasons.<reason>`. Kept apart from
 * the zod schema in report.ts so the comparison page's report form ships no zod to the browser.
 */
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
