import { z } from 'zod';
import { db } from '@/db';
import { getTallyData } from '@/db/queries/tally-results';
import { getT } from '@/lib/i18n/server';
import { tallyCsv } from '@/lib/tally/export';

export const dynamic = 'force-dynamic';

const idSchema = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number);

/** The tallies as a spreadsheet (columns in docs/tallies.md), in the downloader's language. */
export async function GET(_request: Request, ctx: { params: Promise<{ comparisonId: string }> }) {
  const id = idSchema.safeParse((await ctx.params).comparisonId);
  const data = id.success ? getTallyData(db, id.data) : null;
  if (!id.success || !data) return new Response('Not found', { status: 404 });
  const csv = tallyCsv(data, await getT());
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tallies-${id.data}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
