import 'server-only';
import type { ImportedVotes } from '@/db/queries/pack-import';
import {
  PACK_FORMAT,
  PACK_VERSIONS,
  packManifestSchema,
  type PackManifest,
} from '@/lib/validation/pack-manifest';
import { MANIFEST_FILE, PACK_LIMITS as L, TALLIES_FILE } from './limits';
import { PackRefusedError, refuse, type PackRefusal } from './refusals';
import { parseTalliesCsv } from './tallies-csv';
import { openPackZip, type PackZip } from './zip-reader';

/** A pack whose zip, manifest and tallies agree with each other; images are not decoded yet. */
export type PackPlan = {
  zip: PackZip;
  manifest: PackManifest;
  /** Every image file the runs name, once each, in manifest order. */
  files: string[];
  /** Vote counts per comparison slug, by 0-based positions. */
  votes: Map<string, ImportedVotes[]>;
};

/**
 * Opens a pack and checks everything that does not need an image decoded: the zip (see
 * openPackZip), the manifest against its schema, that the manifest and the zip list the same
 * files with the same sizes (nothing missing, nothing extra), and that every tally row points at a
 * question, run and option the manifest has. Throws PackRefusedError with every problem found.
 */
export async function readPack(file: string): Promise<PackPlan> {
  const zip = await openPackZip(file);
  try {
    const manifest = await readManifest(zip);
    const files = [...new Set(manifest.comparisons.flatMap((c) => c.variants.flatMap((v) => v.runs.map((r) => r.file))))];
    const problems = checkContents(zip, manifest, files);
    const votes = problems.length === 0 ? await readVotes(zip, manifest, problems) : new Map();
    if (problems.length > 0) {
      const sizes = problems.some((p) => p.code.startsWith('tooMany'));
      throw new PackRefusedError(problems.slice(0, 20), sizes ? 413 : 422);
    }
    return { zip, manifest, files, votes };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readManifest(zip: PackZip): Promise<PackManifest> {
  if (!zip.entries.has(MANIFEST_FILE)) refuse('manifestMissing');
  let raw: unknown;
  try {
    raw = JSON.parse((await zip.read(MANIFEST_FILE)).toString('utf8'));
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    refuse('manifestJson');
  }
  const head = (raw ?? {}) as { format?: unknown; version?: unknown };
  if (head.format === PACK_FORMAT && !(PACK_VERSIONS as readonly unknown[]).includes(head.version)) {
    refuse('unsupportedVersion', { version: String(head.version).slice(0, 20), supported: PACK_VERSIONS.join(', ') });
  }
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PackRefusedError(
      parsed.error.issues.slice(0, 5).map((issue) => ({
        code: 'manifestInvalid',
        params: { path: issue.path.join('.') || '(top)', detail: issue.message.slice(0, 160) },
      })),
    );
  }
  return parsed.data;
}

function checkContents(zip: PackZip, manifest: PackManifest, files: string[]): PackRefusal[] {
  const problems: PackRefusal[] = [];
  if (manifest.comparisons.length > L.maxComparisons) {
    problems.push({ code: 'tooManyComparisons', params: { max: L.maxComparisons, count: manifest.comparisons.length } });
  }
  if (files.length > L.maxImages) problems.push({ code: 'tooManyImages', params: { max: L.maxImages, count: files.length } });
  const slugs = new Set<string>();
  for (const { slug } of manifest.comparisons) {
    if (slugs.has(slug)) problems.push({ code: 'duplicateSlug', params: { slug } });
    slugs.add(slug);
  }
  const referenced = new Set(files);
  for (const file of files) if (!zip.entries.has(file)) problems.push({ code: 'fileMissing', params: { file } });
  for (const name of zip.entries.keys()) {
    if (name !== MANIFEST_FILE && name !== TALLIES_FILE && !referenced.has(name)) {
      problems.push({ code: 'unexpectedEntry', params: { file: name } });
    }
  }
  if (manifest.files) {
    for (const [file, facts] of Object.entries(manifest.files)) {
      const entry = zip.entries.get(file);
      if (!referenced.has(file)) problems.push({ code: 'unexpectedEntry', params: { file } });
      else if (entry && entry.uncompressedSize !== facts.bytes) {
        problems.push({ code: 'sizeMismatch', params: { file, declared: facts.bytes, actual: entry.uncompressedSize } });
      }
    }
    for (const file of files) if (!manifest.files[file]) problems.push({ code: 'unlistedFile', params: { file } });
  }
  return problems;
}

async function readVotes(zip: PackZip, manifest: PackManifest, problems: PackRefusal[]) {
  const votes = new Map<string, ImportedVotes[]>();
  if (!zip.entries.has(TALLIES_FILE)) return votes;
  const parsed = parseTalliesCsv((await zip.read(TALLIES_FILE)).toString('utf8'), L.maxVotes);
  if ('error' in parsed) {
    problems.push({ code: 'talliesInvalid', params: parsed.error });
    return votes;
  }
  const bySlug = new Map(manifest.comparisons.map((c) => [c.slug, c]));
  const seen = new Set<string>();
  let total = 0;
  parsed.rows.forEach((row, i) => {
    const line = i + 2;
    const fail = (reason: string) => problems.length < 20 && problems.push({ code: 'talliesInvalid', params: { line, reason } });
    const item = bySlug.get(row.slug);
    const question = item?.questions?.[row.question - 1];
    const variant = item?.variants[row.variant - 1];
    const key = `${row.slug}|${row.question}|${row.variant}|${row.run}|${row.option}`;
    if (!item) return void fail(`no comparison “${row.slug.slice(0, 80)}” in the manifest`);
    if (!question) return void fail(`comparison ${row.slug} has no question ${row.question}`);
    if (!variant?.runs[row.run - 1]) return void fail(`comparison ${row.slug} has no run ${row.variant}.${row.run}`);
    if (!question.options.some((o) => o.key === row.option)) return void fail(`question ${row.question} has no option “${row.option.slice(0, 60)}”`);
    if (seen.has(key)) return void fail('the same cell twice');
    seen.add(key);
    total += row.count;
    const list = votes.get(row.slug) ?? [];
    list.push({ question: row.question - 1, variant: row.variant - 1, run: row.run - 1, option: row.option, count: row.count });
    votes.set(row.slug, list);
  });
  if (total > L.maxVotes) problems.push({ code: 'tooManyVotes', params: { max: L.maxVotes } });
  return votes;
}
