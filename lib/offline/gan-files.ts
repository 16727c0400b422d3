/**
 * The GAN demo's files (public/gan/**: WASM, digits, pretrained models, ~3 MB) are in the build's
 * precache manifest, with revisions, but are not precached: a student who only opens a vote page
 * on school Wi-Fi must not download them. The worker keeps them in a cache of their own once
 * /gan is visited (lib/offline/gan-cache.ts).
 */
export const GAN_FILES_PREFIX = '/gan/';

/** The page whose visit makes the worker fetch and keep the GAN files. */
export const GAN_PAGE = '/gan';

type Entry = string | { url: string; revision?: string | null };

export function entryUrl(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.url;
}

/** A request for one of the GAN demo's files (served from the GAN cache once kept). */
export function isGanFile(pathname: string): boolean {
  return pathname.startsWith(GAN_FILES_PREFIX);
}

/** The manifest's entries precached at install, and the GAN files kept only when /gan is visited. */
export function splitManifest<T extends Entry>(
  entries: readonly T[],
): { atInstall: T[]; gan: T[] } {
  const atInstall: T[] = [];
  const gan: T[] = [];
  for (const entry of entries) (isGanFile(pathOf(entryUrl(entry))) ? gan : atInstall).push(entry);
  return { atInstall, gan };
}

// Manifest URLs are root-relative today; a full URL is handled too, in case that changes.
function pathOf(url: string): string {
  return new URL(url, 'http://localhost').pathname;
}
