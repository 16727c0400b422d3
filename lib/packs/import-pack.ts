import 'server-only';
import { createHash } from 'node:crypto';
import type { DB } from '@/db/connection';
import type { StoredImage } from '@/db/queries/create-comparison';
import { findStoredImage, writeImportedPack, type ImportedComparison } from '@/db/queries/pack-import';
import { ImageRejectedError } from '@/lib/images/errors';
import { ingestImage } from '@/lib/images/ingest';
import { removeImportedImages } from './cleanup';
import { PackRefusedError, type PackRefusal } from './refusals';
import type { ImportProgress, ImportReport, ImportStatus } from './import-events';
import { readPack, type PackPlan } from './read-pack';

export type { ImportProgress, ImportReport, ImportStatus };

/** Images decoded at the same time: both sharp slots busy, memory bounded. */
const PARALLEL = 2;

/**
 * Imports a pack all or nothing: every check of readPack, then every image through lib/images
 * (with the upload limits), then every row in one transaction. If anything is refused or fails,
 * no row is written and the image files this import stored are deleted again.
 */
export async function importPack(
  db: DB,
  file: string,
  opts: { imageDir: string; status: ImportStatus; onProgress?: (p: ImportProgress) => void; now?: Date },
): Promise<ImportReport> {
  const startedAt = Date.now();
  const stored: string[] = [];
  opts.onProgress?.({ phase: 'checking', done: 0, total: 0 });
  const plan = await readPack(file);
  try {
    const images = await ingestAll(db, plan, opts.imageDir, stored, opts.onProgress);
    opts.onProgress?.({ phase: 'saving', done: 0, total: plan.manifest.comparisons.length });
    const items = toRows(plan, images, opts.status, opts.now ?? new Date());
    const created = writeImportedPack(db, items);
    return {
      status: opts.status,
      comparisons: created.map((c, i) => ({
        id: c.id,
        slug: c.slug,
        packSlug: items[i]!.slug,
        title: items[i]!.title,
        runs: items[i]!.variants.reduce((n, v) => n + v.runs.length, 0),
        questions: items[i]!.questions.length,
        votes: items[i]!.votes.reduce((n, v) => n + v.count, 0),
      })),
      images: { total: plan.files.length, stored: stored.length, reused: plan.files.length - stored.length },
    };
  } catch (error) {
    await removeImportedImages(db, opts.imageDir, stored, startedAt);
    throw error;
  } finally {
    plan.zip.close();
  }
}

async function ingestAll(
  db: DB,
  plan: PackPlan,
  imageDir: string,
  stored: string[],
  onProgress?: (p: ImportProgress) => void,
): Promise<Map<string, StoredImage>> {
  const result = new Map<string, StoredImage>();
  const problems: PackRefusal[] = [];
  let next = 0;
  let done = 0;
  const total = plan.files.length;
  onProgress?.({ phase: 'images', done, total });
  const worker = async () => {
    while (next < total && problems.length < 10) {
      const file = plan.files[next++]!;
      const outcome = await ingestOne(db, plan, file, imageDir, stored);
      if ('code' in outcome) problems.push(outcome);
      else result.set(file, outcome);
      onProgress?.({ phase: 'images', done: ++done, total });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (problems.length > 0) throw new PackRefusedError(problems);
  return result;
}

async function ingestOne(
  db: DB,
  plan: PackPlan,
  file: string,
  imageDir: string,
  stored: string[],
): Promise<StoredImage | PackRefusal> {
  const bytes = await plan.zip.read(file).catch((error: unknown) => {
    if (error instanceof PackRefusedError) return error.refusals[0]!;
    throw error;
  });
  if (!Buffer.isBuffer(bytes)) return bytes;
  const declared = plan.manifest.files?.[file];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (declared && declared.sha256 !== sha256) return { code: 'hashMismatch', params: { file } };
  // Bytes identical to a stored image's full-size file are that image: lib/images checked it when
  // it was first stored. Reusing it keeps its hash, which re-encoding a JPEG would change.
  let image = findStoredImage(db, sha256);
  if (!image) {
    try {
      image = await ingestImage(bytes, { imageDir });
    } catch (error) {
      if (!(error instanceof ImageRejectedError)) throw error;
      return { code: 'imageRejected', params: { file, reason: error.code } };
    }
    stored.push(image.hash);
  }
  if (declared && (declared.width !== image.width || declared.height !== image.height)) {
    return {
      code: 'dimensionMismatch',
      params: { file, declared: `${declared.width} × ${declared.height}`, actual: `${image.width} × ${image.height}` },
    };
  }
  return image;
}

function toRows(plan: PackPlan, images: Map<string, StoredImage>, status: ImportStatus, now: Date): ImportedComparison[] {
  return plan.manifest.comparisons.map((c) => ({
    slug: c.slug,
    title: c.title,
    description: c.description,
    translations: c.translations,
    caseKind: c.caseKind,
    locale: c.locale,
    submitterName: c.submitterName ?? null,
    tags: c.tags,
    status,
    source: 'import' as const,
    publishedAt: status === 'published' ? now : null,
    variants: c.variants.map((v) => ({
      ...v,
      runs: v.runs.map((r) => ({ image: images.get(r.file)!, settings: r.settings })),
    })),
    questions: (c.questions ?? []).map((q) => ({ ...q, options: q.options.map((o) => ({ key: o.key, label: o.label })) })),
    votes: plan.votes.get(c.slug) ?? [],
  }));
}
