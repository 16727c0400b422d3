import { z } from 'zod';
import { db } from '@/db';
import { getTallyResults } from '@/db/queries/tally-results';

// Votes do not move the page cache's version (a class would empty it every second), so the
// comparison page polls this instead: always fresh, never stored by the browser or a proxy.
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };
const idSchema = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number);

/** The live tallies of one published comparison: `{ questions: QuestionTally[] }`. */
export async function GET(_request: Request, ctx: { params: Promise<{ comparisonId: string }> }) {
  const id = idSchema.safeParse((await ctx.params).comparisonId);
  const questions = id.success ? getTallyResults(db, id.data) : null;
  if (!questions) return Response.json({ ok: false }, { status: 404, headers: NO_STORE });
  return Response.json({ ok: true, questions }, { headers: NO_STORE });
}
