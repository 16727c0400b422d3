import 'server-only';
import { eq } from 'drizzle-orm';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ingestImage } from '@/lib/images/ingest';
import { packManifestSchema } from '@/lib/validation/pack-manifest';
import type { DB } from '../connection';
import { createComparison } from '../queries/create-comparison';
import { comparison } from '../schema';

export type SeedResult = { pack: string; added: string[]; skipped: string[] };

/**
 * Loads one example pack folder through the same image pipeline as uploads. Idempotent: a
 * comparison whose slug already exists is left as it is, so seeding on every start is safe.
 */
export async function loadPack(db: DB, packDir: string, imageDir: string): Promise<SeedResult> {
  const raw = JSON.parse(await fs.readFile(path.join(packDir, 'manifest.json'), 'utf8'));
  const manifest = packManifestSchema.parse(raw);
  const result: SeedResult = { pack: manifest.name ?? path.basename(packDir), added: [], skipped: [] };
  for (const item of manifest.comparisons) {
    const exists = db.select({ id: comparison.id }).from(comparison).where(eq(comparison.slug, item.slug)).get();
    if (exists) {
      result.skipped.push(item.slug);
      continue;
    }
    // Files first, rows after: a row never points at a file that is not on disk.
    const variants = [];
    for (const variant of item.variants) {
      const runs = [];
      for (const run of variant.runs) {
        const bytes = await fs.readFile(path.join(packDir, run.file));
        runs.push({ image: await ingestImage(bytes, { imageDir }), settings: run.settings });
      }
      variants.push({ ...variant, runs });
    }
    const now = new Date();
    createComparison(db, {
      slug: item.slug,
      title: item.title,
      description: item.description,
      translations: item.translations,
      caseKind: item.caseKind,
      locale: item.locale,
      submitterName: item.submitterName ?? null,
      tags: item.tags,
      status: 'published',
      source: 'seed',
      publishedAt: now,
      variants,
    });
    result.added.push(item.slug);
  }
  return result;
}
