import { db } from '@/db';
import { sameOrigin } from '@/lib/http/same-origin';
import { env } from '@/lib/env';
import { clientKey, rateLimit } from '@/lib/rate-limit';
import { SubmissionError } from '@/lib/submissions/errors';
import { readSubmissionBody } from '@/lib/submissions/read-multipart';
import { submitComparison } from '@/lib/submissions/submit';
import {
  SUBMISSION_LIMITS,
  type SubmissionIssue,
  type SubmissionResponse,
} from '@/lib/validation/submission-limits';

export const dynamic = 'force-dynamic';

// Room for the multipart boundaries and the text part on top of the images themselves.
const MAX_BODY_BYTES = SUBMISSION_LIMITS.maxTotalBytes + 1024 * 1024;

/**
 * Receives a submission from the upload form (XMLHttpRequest, so the page can show real progress):
 * a JSON `payload` part and one file part per run, named `variants.<v>.runs.<r>`. Answers JSON:
 * 201 with the receipt link, or an error status with `{ ok: false, errors: [{ path, code }] }`.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return reply(403, [{ path: 'form', code: 'badRequest' }]);
  const limit = rateLimit(`submit:${clientKey(request.headers)}`, {
    limit: env.SUBMIT_RATE_LIMIT,
    windowMs: env.SUBMIT_RATE_WINDOW_MINUTES * 60_000,
  });
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return reply(429, [{ path: 'form', code: 'rateLimited', params: { minutes } }], {
      'Retry-After': String(limit.retryAfterSeconds),
    });
  }
  try {
    const body = await readSubmissionBody(request, MAX_BODY_BYTES);
    const { token, id } = await submitComparison(db, body, { imageDir: env.imageDir });
    console.info(`submission ${id} stored, waiting for a teacher`);
    const ok: SubmissionResponse = { ok: true, token, receiptUrl: `/r/${token}` };
    return Response.json(ok, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof SubmissionError) {
      console.info(`submission refused: ${error.message}`);
      return reply(error.status, error.issues);
    }
    console.error('submission failed', error);
    return reply(500, [{ path: 'form', code: 'server' }]);
  }
}

function reply(status: number, errors: SubmissionIssue[], headers: Record<string, string> = {}) {
  const body: SubmissionResponse = { ok: false, errors };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
