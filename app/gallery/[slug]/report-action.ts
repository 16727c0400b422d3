'use server';
import { headers } from 'next/headers';
import { db } from '@/db';
import { createReport, reportReasonText } from '@/db/queries/reports';
import { env } from '@/lib/env';
import { clientKey, rateLimit } from '@/lib/rate-limit';
import { validatedAction } from '@/lib/validation/action';
import { reportSchema } from '@/lib/validation/report';

type ReportOutcome = { hidden: boolean; repeated: boolean };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A viewer's report on a published comparison (see createReport for the hiding rule). Limited per
 * client, and one report per client and comparison a day, so one visitor alone cannot reach the
 * threshold by clicking again. Nothing is revalidated: every gallery page renders per request, and
 * refreshing this one now would replace the thank-you with a 404 once the comparison is hidden.
 */
export const reportComparison = validatedAction<typeof reportSchema, ReportOutcome>(
  reportSchema,
  async ({ comparisonId, reason, details }) => {
    const client = clientKey(await headers());
    const windowMs = env.REPORT_RATE_WINDOW_MINUTES * 60_000;
    const limit = rateLimit(`report:${client}`, { limit: env.REPORT_RATE_LIMIT, windowMs });
    if (!limit.ok) {
      return {
        ok: false,
        errors: { form: 'submit.report.errors.rateLimited' },
        values: { reason, details },
      };
    }
    if (!rateLimit(`report:${client}:${comparisonId}`, { limit: 1, windowMs: DAY_MS }).ok) {
      return { ok: true, data: { hidden: false, repeated: true } };
    }
    const result = createReport(
      db,
      { comparisonId, reason: reportReasonText(reason, details) },
      {
        hideThreshold: env.REPORT_HIDE_THRESHOLD,
      },
    );
    if (!result.ok) return { ok: false, errors: { form: 'submit.report.errors.failed' } };
    console.info(
      `report on comparison ${comparisonId}${result.hidden ? ': hidden until a teacher reviews it' : ''}`,
    );
    return { ok: true, data: { hidden: result.hidden, repeated: false } };
  },
);
