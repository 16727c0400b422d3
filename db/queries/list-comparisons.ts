import 'server-only';
import { and, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, image, promptVariant, runImage, type CaseKind } from '../schema';
import { getContentVersion } from './content-version';
import { localize, type LocalizedText } from './localize';
import { toFtsQuery } from './search-query';

export const PAGE_SIZE = 24;
const THUMBS_PER_CARD = 4;

export type GalleryFilters = {
  caseKind?: CaseKind;
  /** "tool" or "tool|model" */
  tool?: string;
  locale?: 'nl' | 'en';
  q?: string;
  page?: number;
};

export type Thumb = { hash: string; width: number; height: number; variantWidths: number[]; dominantColor: string };

export type ComparisonCard = LocalizedText & {
  id: number;
  slug: string;
  caseKind: CaseKind;
  locale: 'nl' | 'en';
  variantCount: number;
  runCount: number;
  tools: string[];
  prompt: string;
  thumbs: Thumb[];
};

export type GalleryPage = { items: ComparisonCard[]; total: number; page: number; pages: number };

/** The gallery's filters and search as a condition on published comparisons, or null for "no hits". */
function galleryCondition(db: DB, filters: GalleryFilters): SQL | null | undefined {
  const where: SQL[] = [eq(comparison.status, 'published')];
  if (filters.caseKind) where.push(eq(comparison.caseKind, filters.caseKind));
  if (filters.locale) where.push(eq(comparison.locale, filters.locale));
  if (filters.tool) {
    const [tool, model] = filters.tool.split('|');
    const match = [eq(promptVariant.comparisonId, comparison.id), eq(promptVariant.tool, tool!)];
    if (model !== undefined) match.push(eq(promptVariant.model, model));
    where.push(exists(db.select({ one: sql`1` }).from(promptVariant).where(and(...match))));
  }
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  if (filters.q && !fts) return null;
  if (fts) {
    where.push(
      sql`${comparison.id} IN (SELECT rowid FROM comparison_search WHERE comparison_search MATCH ${fts})`,
    );
  }
  return and(...where);
}

/** Ids of what the gallery shows for these filters (every page), newest first, at most `limit`. */
export function listComparisonIds(db: DB, filters: GalleryFilters, limit: number): number[] {
  const condition = galleryCondition(db, filters);
  if (condition === null) return [];
  return db
    .select({ id: comparison.id })
    .from(comparison)
    .where(condition)
    .orderBy(desc(comparison.publishedAt), desc(comparison.id))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

/** Published comparisons for the gallery: filtered, searched (FTS5) and paged, newest first. */
export function listComparisons(db: DB, filters: GalleryFilters, viewerLocale: 'nl' | 'en'): GalleryPage {
  const condition = galleryCondition(db, filters);
  if (condition === null) return { items: [], total: 0, page: 1, pages: 0 };
  const total = db.select({ n: sql<number>`count(*)` }).from(comparison).where(condition).get()!.n;
  const pages = Math.ceil(total / PAGE_SIZE);
  const page = Math.min(Math.max(1, filters.page ?? 1), Math.max(1, pages));
  const rows = db
    .select({
      id: comparison.id,
      slug: comparison.slug,
      title: comparison.title,
      description: comparison.description,
      translations: comparison.translations,
      caseKind: comparison.caseKind,
      locale: comparison.locale,
    })
    .from(comparison)
    .where(condition)
    .orderBy(desc(comparison.publishedAt), desc(comparison.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const details = cardDetails(db, rows.map((r) => r.id));
  const items = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    caseKind: r.caseKind,
    locale: r.locale,
    ...localize(r, viewerLocale),
    ...(details.get(r.id) ?? { variantCount: 0, runCount: 0, tools: [], prompt: '', thumbs: [] }),
  }));
  return { items, total, page, pages };
}

type CardDetails = Pick<ComparisonCard, 'variantCount' | 'runCount' | 'tools' | 'prompt' | 'thumbs'>;

/** Counts, tools and the first runs of each card, in two queries for the whole page. */
function cardDetails(db: DB, ids: number[]): Map<number, CardDetails> {
  const result = new Map<number, CardDetails>();
  if (ids.length === 0) return result;
  const variants = db
    .select({
      id: promptVariant.id,
      comparisonId: promptVariant.comparisonId,
      position: promptVariant.position,
      prompt: promptVariant.prompt,
      tool: promptVariant.tool,
      model: promptVariant.model,
      // Written out in full: drizzle renders a bare "id" inside select(), which the subquery would bind to r.id.
      runs: sql<number>`(SELECT count(*) FROM run_image r WHERE r.variant_id = prompt_variant.id)`,
    })
    .from(promptVariant)
    .where(inArray(promptVariant.comparisonId, ids))
    .orderBy(promptVariant.comparisonId, promptVariant.position)
    .all();
  const firstVariant = new Map<number, number>();
  for (const v of variants) {
    const card = result.get(v.comparisonId) ?? { variantCount: 0, runCount: 0, tools: [], prompt: v.prompt, thumbs: [] };
    card.variantCount += 1;
    card.runCount += v.runs;
    const label = v.model ? `${v.tool} · ${v.model}` : v.tool;
    if (!card.tools.includes(label)) card.tools.push(label);
    result.set(v.comparisonId, card);
    if (!firstVariant.has(v.comparisonId)) firstVariant.set(v.comparisonId, v.id);
  }
  const thumbs = db
    .select({
      variantId: runImage.variantId,
      hash: image.hash,
      width: image.width,
      height: image.height,
      variantWidths: image.variantWidths,
      dominantColor: image.dominantColor,
    })
    .from(runImage)
    .innerJoin(image, eq(image.hash, runImage.imageHash))
    .where(and(inArray(runImage.variantId, [...firstVariant.values()]), sql`${runImage.position} < ${THUMBS_PER_CARD}`))
    .orderBy(runImage.variantId, runImage.position)
    .all();
  const byVariant = new Map([...firstVariant].map(([c, v]) => [v, c]));
  for (const { variantId, ...thumb } of thumbs) result.get(byVariant.get(variantId)!)?.thumbs.push(thumb);
  return result;
}

type ToolOption = { tool: string; model: string };
// Scanning every variant takes ~10 ms at 10,000 comparisons, and the answer only changes with the
// content, so it is kept per content version (one cache per connection).
const toolOptionsCache = new WeakMap<DB, { version: number; options: ToolOption[] }>();

/** The tools and models that published comparisons use, for the gallery's filter. */
export function listToolOptions(db: DB): ToolOption[] {
  const version = getContentVersion(db);
  const cached = toolOptionsCache.get(db);
  if (cached?.version === version) return cached.options;
  const options = db
    .selectDistinct({ tool: promptVariant.tool, model: promptVariant.model })
    .from(promptVariant)
    .innerJoin(comparison, eq(comparison.id, promptVariant.comparisonId))
    .where(eq(comparison.status, 'published'))
    .orderBy(promptVariant.tool, promptVariant.model)
    .all();
  toolOptionsCache.set(db, { version, options });
  return options;
}
