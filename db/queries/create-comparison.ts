import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { StoredFeatures } from '@/lib/measure/features';
import { slugify } from '@/lib/slug';
import type { DB } from '../connection';
import {
  comparison,
  comparisonTag,
  image,
  imageFeatures,
  promptVariant,
  runImage,
  tag,
  type GenerationSettings,
  type NewComparison,
  type NewImage,
} from '../schema';

/**
 * An image as lib/images/ingest produced it: already safely on disk under its hash. Its variation
 * features go in the same transaction; an image without them is measured by the start-up backfill.
 */
export type StoredImage = Omit<NewImage, 'createdAt'> & { features?: StoredFeatures };

export type NewComparisonInput = Omit<NewComparison, 'id' | 'slug' | 'createdAt'> & {
  slug?: string;
  tags?: string[];
  variants: Array<{
    prompt: string;
    revisedPrompt?: string | null;
    tool: string;
    model?: string;
    settings?: GenerationSettings;
    generatedAt?: string | null;
    runs: Array<{ image: StoredImage; settings?: GenerationSettings }>;
  }>;
};

/**
 * Writes a comparison with its variants, runs, images and tags in one transaction: every row or
 * none. Call it only after every image file is on disk, so a row never points at a missing file.
 * Identical images are shared (the image row is keyed by content hash).
 */
export function createComparison(db: DB, input: NewComparisonInput): { id: number; slug: string } {
  const { variants, tags = [], slug: wanted, ...fields } = input;
  return db.transaction((tx) => {
    const slug = uniqueSlug(tx as unknown as DB, wanted ?? slugify(fields.title));
    const [row] = tx.insert(comparison).values({ ...fields, slug }).returning({ id: comparison.id }).all();
    const id = row!.id;
    variants.forEach((variant, position) => {
      const [v] = tx
        .insert(promptVariant)
        .values({
          comparisonId: id,
          position,
          prompt: variant.prompt,
          revisedPrompt: variant.revisedPrompt ?? null,
          tool: variant.tool,
          model: variant.model ?? '',
          settings: variant.settings ?? {},
          generatedAt: variant.generatedAt ?? null,
        })
        .returning({ id: promptVariant.id })
        .all();
      variant.runs.forEach((run, runPosition) => {
        const { features, ...imageRow } = run.image;
        tx.insert(image).values(imageRow).onConflictDoNothing().run();
        if (features) tx.insert(imageFeatures).values({ imageHash: imageRow.hash, ...features }).onConflictDoUpdate({ target: imageFeatures.imageHash, set: features }).run();
        tx.insert(runImage)
          .values({
            variantId: v!.id,
            position: runPosition,
            imageHash: run.image.hash,
            settings: run.settings ?? {},
          })
          .run();
      });
    });
    for (const name of new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))) {
      tx.insert(tag).values({ name }).onConflictDoNothing().run();
      const found = tx.select({ id: tag.id }).from(tag).where(eq(tag.name, name)).get();
      tx.insert(comparisonTag).values({ comparisonId: id, tagId: found!.id }).run();
    }
    return { id, slug };
  });
}

function uniqueSlug(db: DB, base: string): string {
  const taken = (s: string) =>
    db.select({ id: comparison.id }).from(comparison).where(eq(comparison.slug, s)).get();
  if (!taken(base)) return base;
  for (;;) {
    const candidate = `${base}-${randomBytes(3).toString('hex')}`;
    if (!taken(candidate)) return candidate;
  }
}
