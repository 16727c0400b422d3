import { Readable } from 'node:stream';
import { db } from '@/db';
import { listComparisonIds } from '@/db/queries/list-comparisons';
import { findPublishedId } from '@/db/queries/pack-export';
import { env } from '@/lib/env';
import { buildPackExport } from '@/lib/packs/export-pack';
import { PACK_LIMITS } from '@/lib/packs/limits';
import { clientKey, rateLimit } from '@/lib/rate-limit';
import { parseGalleryParams } from '@/lib/validation/gallery-params';

export const dynamic = 'force-dynamic';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Downloads a pack: `?slug=…` for one comparison, or the gallery's own filters (`kind`, `tool`,
 * `lang`, `q`) for everything the gallery shows, newest first, up to the pack limits. Public, like
 * the gallery itself: only published comparisons, and only what their pages already show (vote
 * counts, never who voted).
 */
export async function GET(request: Request): Promise<Response> {
  const limit = rateLimit(`pack-export:${clientKey(request.headers)}`, { limit: 30, windowMs: 10 * 60_000 });
  if (!limit.ok) {
    return new Response('Too many downloads, try again later.\n', {
      status: 429,
      headers: { 'Retry-After': String(limit.retryAfterSeconds), 'Cache-Control': 'no-store' },
    });
  }
  const url = new URL(request.url);
  const slug = url.searchParams.get('slug');
  let ids: number[];
  let name: string;
  if (slug !== null) {
    const id = SLUG.test(slug) ? findPublishedId(db, slug) : null;
    ids = id ? [id] : [];
    name = slug;
  } else {
    const p = parseGalleryParams(Object.fromEntries(url.searchParams));
    ids = listComparisonIds(db, { caseKind: p.kind, tool: p.tool, locale: p.lang, q: p.q }, PACK_LIMITS.maxComparisons);
    name = ['gallery', p.kind, p.lang].filter(Boolean).join('-');
  }
  const pack = ids.length > 0 ? buildPackExport(db, ids, { imageDir: env.imageDir, name }) : null;
  if (!pack) return new Response('Nothing to export.\n', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(pack.stream) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="prompt-gallery-${name}-${stamp}.zip"`,
      'Cache-Control': 'no-store',
      'X-Pack-Comparisons': String(pack.count),
      'X-Pack-Left-Out': String(pack.leftOut),
    },
  });
}
