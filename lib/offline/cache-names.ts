/**
 * Names of the service worker's caches. The precache (Serwist's own cache) is updated in place by
 * revision; the runtime caches that hold pages and other assets (example models, the icon) carry
 * the build's version in their name, because a page saved by an older build points at script
 * chunks the new precache no longer holds. The GAN files' cache carries the version of those files
 * only (a hash of their manifest entries), so a build that changes only app code does not make
 * browsers fetch ~3 MB again. When a new service worker activates, every versioned cache of
 * another version is deleted. Content-addressed images never change: their cache has no version.
 */
export const CACHE_PREFIX = 'prompt-gallery';

const VERSIONED = ['pages', 'assets', 'gan'] as const;
type VersionedKind = (typeof VERSIONED)[number];

export type CacheNames = { pages: string; assets: string; gan: string; images: string };

/** The caches one build of the service worker uses: `version` of the build, `ganVersion` of its GAN files. */
export function cacheNames(version: string, ganVersion: string): CacheNames {
  return {
    pages: versioned('pages', version),
    assets: versioned('assets', version),
    gan: versioned('gan', ganVersion),
    images: `${CACHE_PREFIX}-images`,
  };
}

/** A short, stable fingerprint of the precache manifest: it changes whenever any built file does. */
export function manifestVersion(
  entries: readonly (string | { url: string; revision?: string | null })[],
): string {
  // FNV-1a over the URLs and revisions: cheap, dependency-free and deterministic in a worker.
  let hash = 0x811c9dc5;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url}#${entry.revision ?? ''}`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0x0a, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The versioned caches among `names` that are not `current`'s and should be deleted. */
export function outdatedCaches(names: readonly string[], current: CacheNames): string[] {
  const keep = new Set<string>(VERSIONED.map((kind) => current[kind]));
  const pattern = new RegExp(`^${CACHE_PREFIX}-(${VERSIONED.join('|')})-[a-z0-9]+$`);
  return names.filter((name) => pattern.test(name) && !keep.has(name));
}

/** The cache an outdated pages cache is renewed into (its URLs are fetched again), if any. */
export function isPagesCache(name: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-pages-`);
}

/** A GAN files' cache (of any version): its owner had visited /gan. */
export function isGanCache(name: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-gan-`);
}

function versioned(kind: VersionedKind, version: string): string {
  return `${CACHE_PREFIX}-${kind}-${version}`;
}
