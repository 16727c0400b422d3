import 'server-only';
import { stat } from 'node:fs/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { relativeFile } from '@/lib/validation/pack-manifest';
import { MANIFEST_FILE, PACK_LIMITS as L, TALLIES_FILE } from './limits';
import { PackRefusedError, refuse, type PackRefusal } from './refusals';

/** An opened pack whose central directory passed every check; entries are read one at a time. */
export type PackZip = {
  /** File entries by name (directory entries are dropped). */
  entries: Map<string, Entry>;
  read(name: string): Promise<Buffer>;
  close(): void;
};

/** The most any one entry may hold, by what it is. */
function maxBytesFor(name: string): number {
  if (name === MANIFEST_FILE) return L.maxManifestBytes;
  if (name === TALLIES_FILE) return L.maxTalliesBytes;
  return L.maxImageBytes;
}

/**
 * Opens a zip and checks its central directory before a single byte is inflated: entry count,
 * names (no absolute paths, `..`, backslashes or odd characters), duplicates (also ones that
 * differ only in case, which collide on some systems), encryption, sizes per entry and in total,
 * and the compression ratio. yauzl then holds every entry to its declared size while it streams
 * (validateEntrySizes), so a header that understates a bomb fails as soon as it overflows.
 */
export async function openPackZip(file: string): Promise<PackZip> {
  const { size } = await stat(file);
  if (size > L.maxZipBytes) refuse('zipTooLarge', { max: mb(L.maxZipBytes) }, 413);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      autoClose: false,
      strictFileNames: true,
      validateEntrySizes: true,
    });
  } catch {
    return refuse('notZip', undefined, 400);
  }
  try {
    if (zip.entryCount > L.maxEntries) refuse('tooManyEntries', { max: L.maxEntries }, 413);
    const entries = await checkEntries(zip);
    return { entries, read: (name) => readEntry(zip, entries, name), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function checkEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const seen = new Set<string>();
  const problems: PackRefusal[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      const isDir = name.endsWith('/');
      const plain = isDir ? name.slice(0, -1) : name;
      if (!relativeFile.safeParse(plain).success) {
        problems.push({ code: 'unsafePath', params: { file: printable(name) } });
        continue;
      }
      const folded = plain.toLowerCase();
      if (seen.has(folded)) {
        problems.push({ code: 'duplicateEntry', params: { file: name } });
        continue;
      }
      seen.add(folded);
      if (isDir) continue;
      if (entry.isEncrypted()) problems.push({ code: 'encrypted', params: { file: name } });
      else if (!entry.canDecodeFileData()) problems.push({ code: 'unsupportedCompression', params: { file: name } });
      const max = maxBytesFor(name);
      if (entry.uncompressedSize > max) {
        problems.push({ code: 'entryTooLarge', params: { file: name, max: mb(max) } });
      } else if (
        entry.uncompressedSize >= L.ratioMinBytes &&
        entry.uncompressedSize > entry.compressedSize * L.maxRatio
      ) {
        problems.push({ code: 'compressionRatio', params: { file: name, max: L.maxRatio } });
      }
      total += entry.uncompressedSize;
      entries.set(name, entry);
      if (problems.length >= 20) break;
    }
  } catch (error) {
    // yauzl checks names itself (with strictFileNames) and stops at the first bad one.
    const message = error instanceof Error ? error.message : String(error);
    const bad = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(message);
    if (bad) problems.push({ code: 'unsafePath', params: { file: printable(bad[2]!) } });
    else problems.push({ code: 'damagedZip', params: { detail: message.slice(0, 120) } });
  }
  if (total > L.maxTotalBytes) problems.push({ code: 'totalTooLarge', params: { max: mb(L.maxTotalBytes) } });
  if (problems.length > 0) {
    const sizes = problems.some((p) => ['entryTooLarge', 'totalTooLarge', 'compressionRatio'].includes(p.code));
    throw new PackRefusedError(problems, sizes ? 413 : 422);
  }
  return entries;
}

/**
 * One entry's bytes, never more than its limit: the count is enforced here as well as by yauzl,
 * so no declared size is trusted on its own.
 */
async function readEntry(zip: ZipFile, entries: Map<string, Entry>, name: string): Promise<Buffer> {
  const entry = entries.get(name);
  if (!entry) return refuse('fileMissing', { file: name });
  const max = maxBytesFor(name);
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > max || received > entry.uncompressedSize) {
        stream.destroy();
        return refuse('corruptEntry', { file: name }, 413);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    return refuse('corruptEntry', { file: name });
  }
  if (received !== entry.uncompressedSize) refuse('corruptEntry', { file: name });
  return Buffer.concat(chunks, received);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** Names go into messages: keep them short and free of control characters. */
const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 120);
