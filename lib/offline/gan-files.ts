/**
 * The GAN demo's files (public/gan/**: WASM, digits, pretrained models, ~3 MB) and the built
 * chunks too large to fetch for every visitor (tfjs, ~0.8 MB, 0.2 MB gzip-compressed: only the
 * GAN demo and a comparison's "generate again" button use it) are in the build's precache
 * manifest but are not precached: a student who only opens a vote page on school Wi-Fi must not
 * download them. The worker keeps them in a cache of their own once /gan is visited, or once a
 * page uses one of them (lib/offline/gan-cache.ts).
 */
export const GAN_FILES_PREFIX = '/gan/';

/** The page whose visit makes the worker fetch and keep the GAN files. */
export const GAN_PAGE = '/gan';

type Entry = string | { url: string; revision?: string | null };

/** A built chunk larger than this is fetched when first used, not when the worker installs. */
export const ON_USE_BYTES = 512 * 1024;
/**
 * How the build marks such a chunk in the manifest. Its name is a content hash, so its revision
 * is null and free to carry this mark; the worker reads nothing else in it.
 */
export const ON_USE_REVISION = 'on-use';

type BuiltEntry = { url: string; revision?: string | null; size: number };

/**
 * Serwist manifest transform (runs while the worker is built, when the sizes are known): marks
 * the large built chunks so that splitManifest keeps them with the GAN files.
 */
export async function markLargeChunks<T extends BuiltEntry>(entries: T[]) {
  const manifest = entries.map((entry) =>
    entry.size > ON_USE_BYTES &&
    /\/static\/chunks\/[^/]+\.js$/.test(entry.url) &&
    entry.revision == null
      ? { ...entry, revision: ON_USE_REVISION }
      : entry,
  );
  return { manifest, warnings: [] as string[] };
}

export function entryUrl(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.url;
}

/** A request for one of the GAN demo's files (served from the GAN cache once kept). */
export function isGanFile(pathname: string): boolean {
  return pathname.startsWith(GAN_FILES_PREFIX);
}

/**
 * The manifest's entries precached at install, and those kept only when /gan is visited or they
 * are used (the GAN files and the marked large chunks), with the paths of the latter.
 */
export function splitManifest<T extends Entry>(
  entries: readonly T[],
): { atInstall: T[]; gan: T[]; ganPaths: Set<string> } {
  const atInstall: T[] = [];
  const gan: T[] = [];
  for (const entry of entries) {
    const onUse = typeof entry !== 'string' && entry.revision === ON_USE_REVISION;
    (onUse || isGanFile(pathOf(entryUrl(entry))) ? gan : atInstall).push(entry);
  }
  return { atInstall, gan, ganPaths: new Set(gan.map((entry) => pathOf(entryUrl(entry)))) };
}

/** tfjs' two WASM builds (public/gan/wasm/): its worker loads the SIMD one where it can. */
export const WASM_BUILDS = {
  simd: '/gan/wasm/tfjs-backend-wasm-simd.wasm',
  plain: '/gan/wasm/tfjs-backend-wasm.wasm',
} as const;

/**
 * The GAN files to fetch ahead for this browser: all but the WASM build its worker will not load
 * (0.3–0.4 MB less over school Wi-Fi). Were that build asked for after all, the GAN cache would
 * keep it on use, as it keeps any GAN file.
 */
export function filesToFetchAhead(urls: readonly string[], hasSimd: boolean): string[] {
  const unused = hasSimd ? WASM_BUILDS.plain : WASM_BUILDS.simd;
  return urls.filter((url) => pathOf(url) !== unused);
}

/**
 * Whether this browser's WebAssembly has SIMD, by the check tfjs-backend-wasm makes to pick its
 * build (its flag WASM_HAS_SIMD_SUPPORT, from wasm-feature-detect): a tiny module that uses a
 * SIMD instruction validates. The service worker runs the same engine as the demo's worker.
 */
export function hasWasmSimd(): boolean {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15,
        26, 11,
      ]),
    );
  } catch {
    return false;
  }
}

// Manifest URLs are root-relative today; a full URL is handled too, in case that changes.
function pathOf(url: string): string {
  return new URL(url, 'http://localhost').pathname;
}
