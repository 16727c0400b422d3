import { z } from 'zod';
import { CASE_KINDS, CONTENT_LOCALES } from '@/db/schema';

/**
 * The gallery's URL: filters and search live in the query string so a teacher can share a link.
 * Anything malformed is dropped rather than refused: a mangled link still shows a gallery.
 */
const schema = z.object({
  kind: z.enum(CASE_KINDS).optional().catch(undefined),
  tool: z.string().trim().min(1).max(170).optional().catch(undefined),
  lang: z.enum(CONTENT_LOCALES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type GalleryParams = z.infer<typeof schema>;

export function parseGalleryParams(raw: Record<string, string | string[] | undefined>): GalleryParams {
  const first = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const parsed = schema.parse(first);
  if (parsed.q === '') delete parsed.q;
  return parsed;
}

/** The query string for these params, with `changes` applied (undefined removes a key). */
export function galleryHref(params: GalleryParams, changes: Partial<GalleryParams> = {}): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `/gallery?${qs}` : '/gallery';
}
