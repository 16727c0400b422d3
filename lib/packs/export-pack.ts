import 'server-only';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { DB } from '@/db/connection';
import { loadPackExportItem, type PackExportItem } from '@/db/queries/pack-export';
import { imageFilePath } from '@/lib/images/store';
import { fullFileName } from '@/lib/images/urls';
import {
  PACK_FORMAT,
  PACK_VERSION,
  packComparisonSchema,
  type PackFile,
  type PackManifest,
} from '@/lib/validation/pack-manifest';
import { MANIFEST_FILE, PACK_LIMITS as L, TALLIES_FILE } from './limits';
import { formatTalliesCsv, type TallyRow } from './tallies-csv';

export type PackExport = {
  stream: Readable;
  /** How many comparisons are in the pack, and how many were left out to stay within the limits. */
  count: number;
  leftOut: number;
};

/**
 * A pack of these comparisons as a zip stream: manifest.json (version 2), each full-size image
 * once (stored, not deflated: they are PNG and JPEG already), and tallies.csv. Stops adding
 * comparisons before the pack would exceed what an import accepts, so every export re-imports.
 * Returns null when not one comparison fits.
 */
export function buildPackExport(db: DB, ids: number[], opts: { imageDir: string; name: string }): PackExport | null {
  const items: PackExportItem[] = [];
  const files = new Map<string, PackFile & { hash: string; format: 'png' | 'jpeg' }>();
  let bytes = 0;
  let leftOut = 0;
  for (const id of ids) {
    const item = loadPackExportItem(db, id);
    if (!item) continue;
    // Data entered before a limit existed must not produce a pack that import refuses.
    if (!packComparisonSchema.safeParse(item.comparison).success) {
      console.warn(`pack export: comparison ${id} does not fit the pack format, left out`);
      leftOut++;
      continue;
    }
    const added = item.images.filter((i) => !files.has(i.path));
    const addedBytes = added.reduce((sum, i) => sum + i.bytes, 0);
    if (
      items.length >= L.maxComparisons ||
      files.size + added.length > L.maxImages ||
      bytes + addedBytes > L.maxTotalBytes - L.maxManifestBytes - L.maxTalliesBytes
    ) {
      leftOut++;
      continue;
    }
    items.push(item);
    bytes += addedBytes;
    for (const { path, ...facts } of added) files.set(path, facts);
  }
  if (items.length === 0) return null;

  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: opts.name,
    comparisons: items.map((i) => i.comparison),
    files: Object.fromEntries(
      [...files].map(([path, f]) => [path, { bytes: f.bytes, sha256: f.sha256, width: f.width, height: f.height }]),
    ),
  };
  const tallies: TallyRow[] = items.flatMap((i) => i.tallies);
  const zip = new yazl.ZipFile();
  const mtime = new Date();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_FILE, { mtime });
  if (tallies.length > 0) zip.addBuffer(Buffer.from(formatTalliesCsv(tallies)), TALLIES_FILE, { mtime });
  for (const [path, f] of files) {
    zip.addFile(imageFilePath(opts.imageDir, f.hash, fullFileName(f.format)), path, { compress: false, mtime });
  }
  zip.end();
  return { stream: zip.outputStream as Readable, count: items.length, leftOut };
}
