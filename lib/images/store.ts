import 'server-only';
import { mkdir, mkdtemp, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';

/**
 * The content-addressed image store, the only code that knows its layout:
 *
 *   <imageDir>/<first 2 hex digits>/<64-hex sha256>/{full.png|full.jpg, thumb.webp, 256.avif, 256.webp, …}
 *
 * One directory per image, written whole into a temporary sibling directory and renamed into
 * place, so a reader sees all of an image's files or none. The two-digit level keeps any one
 * directory small. Moving to object storage means reimplementing this file, not its callers.
 */
export const HASH_RE = /^[0-9a-f]{64}$/;
const FILE_RE = /^[a-z0-9]+\.[a-z0-9]+$/;
const TEMP_PREFIX = '.tmp-';
/** Orphans younger than this survive a sweep: their database row may be about to be written. */
const DEFAULT_SWEEP_MIN_AGE_MS = 60 * 60 * 1000;

export function imageDirPath(imageDir: string, hash: string): string {
  if (!HASH_RE.test(hash)) throw new Error(`Not an image hash: ${hash}`);
  return path.join(imageDir, hash.slice(0, 2), hash);
}

export function imageFilePath(imageDir: string, hash: string, file: string): string {
  if (!FILE_RE.test(file)) throw new Error(`Not an image file name: ${file}`);
  return path.join(imageDirPath(imageDir, hash), file);
}

/** The width of the narrowest stored variant in this format, or null if the image is not stored. */
export async function narrowestVariantWidth(
  imageDir: string,
  hash: string,
  format: 'avif' | 'webp',
): Promise<number | null> {
  const names = await readdir(imageDirPath(imageDir, hash)).catch((error: unknown) => {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return [];
    throw error;
  });
  const variant = new RegExp(`^([1-9][0-9]*)\\.${format}$`);
  const widths = names.flatMap((name) => {
    const match = variant.exec(name);
    return match ? [Number(match[1])] : [];
  });
  return widths.length > 0 ? Math.min(...widths) : null;
}

/**
 * Writes an image's files unless that hash is already stored (identical images are stored once).
 * Returns whether it wrote. Each file is flushed to disk before the rename, so a database row
 * committed afterwards never points at a file a power cut could lose.
 */
export async function storeImageFiles(
  imageDir: string,
  hash: string,
  files: Array<{ name: string; data: Uint8Array }>,
): Promise<boolean> {
  const finalDir = imageDirPath(imageDir, hash);
  if (await touchIfExists(finalDir)) return false;
  const parent = path.dirname(finalDir);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(path.join(parent, TEMP_PREFIX));
  try {
    await Promise.all(files.map((f) => writeDurably(path.join(temp, f.name), f.data)));
    await rename(temp, finalDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another upload of the same image won the race: its files are identical to ours.
    if (hasCode(error, 'ENOTEMPTY', 'EEXIST')) return false;
    throw error;
  }
  await syncDir(parent);
  return true;
}

/**
 * Removes leftover temporary directories and every image no row references. Entries younger
 * than `minAgeMs` are kept, since an upload in flight has files but no row yet; a re-upload of
 * a stored image refreshes its age (see storeImageFiles).
 */
export async function sweepImageStore(
  imageDir: string,
  referencedHashes: Set<string>,
  { minAgeMs = DEFAULT_SWEEP_MIN_AGE_MS }: { minAgeMs?: number } = {},
): Promise<{ removedFiles: number; removedTemp: number }> {
  const cutoff = Date.now() - minAgeMs;
  let removedFiles = 0;
  let removedTemp = 0;
  for (const prefix of await listDirs(imageDir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of await listDirs(path.join(imageDir, prefix))) {
      const isTemp = name.startsWith(TEMP_PREFIX);
      const isOrphan = HASH_RE.test(name) && name.startsWith(prefix) && !referencedHashes.has(name);
      if (!isTemp && !isOrphan) continue;
      const dir = path.join(imageDir, prefix, name);
      const info = await stat(dir).catch(() => null);
      if (!info || info.mtimeMs > cutoff) continue;
      const fileCount = (await readdir(dir).catch(() => [])).length;
      await rm(dir, { recursive: true, force: true });
      if (isTemp) removedTemp++;
      else removedFiles += fileCount;
    }
  }
  return { removedFiles, removedTemp };
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return [];
    throw error;
  }
}

async function touchIfExists(dir: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(dir, now, now);
    return true;
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return false;
    throw error;
  }
}

async function writeDurably(file: string, data: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable (the directory entry), as the files already are. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}
