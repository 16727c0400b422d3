/**
 * Explicit compile hints for the scripts every page runs while it loads.
 *
 * V8 compiles a function lazily, on the main thread, the first time it is called. On a cold load
 * (a class's first visit, and every visit after a new version) that is most of the framework's
 * start-up cost: react-dom's and Next's functions compiled one by one during bootstrap and
 * hydration, in tasks Lighthouse counts as blocking. A file that starts with the magic comment
 * below is compiled whole, on a background thread while it downloads (Chrome 136+; other
 * browsers ignore a comment). docs/performance.md has the measurements.
 *
 * Only the chunks a page loads at start get it: the shared bootstrap (`rootMainFiles`) and each
 * route's entry chunks (the client reference manifests' `entryJSFiles`). Chunks loaded later
 * (dynamic imports) and the GAN worker's (tfjs: mostly functions a page never calls) are left
 * lazy, where eager compiling would only cost time and memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { z } from 'zod';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const buildManifest = z.object({ rootMainFiles: z.array(z.string()) });
const clientReferenceManifests = z.record(
  z.string(),
  z.object({ entryJSFiles: z.record(z.string(), z.array(z.string())).optional() }),
);

/** Paths (relative to the dist dir, as `static/chunks/….js`) of the chunks pages load at start. */
export function startupChunks(distDir: string): string[] {
  const files = new Set(
    buildManifest.parse(readJson(path.join(distDir, 'build-manifest.json'))).rootMainFiles,
  );
  const appDir = path.join(distDir, 'server', 'app');
  const manifests = fs.existsSync(appDir)
    ? fs.readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    : [];
  for (const file of manifests) {
    if (!file.endsWith('_client-reference-manifest.js')) continue;
    for (const manifest of Object.values(readClientReferenceManifests(path.join(appDir, file)))) {
      for (const chunks of Object.values(manifest.entryJSFiles ?? {}))
        chunks.forEach((c) => files.add(c));
    }
  }
  return [...files].filter((f) => f.endsWith('.js')).sort();
}

/** Mark every start-up chunk of the build in `distDir`; says how many changed, of how many. */
export function markStartupChunks(distDir: string): { marked: number; total: number } {
  const chunks = startupChunks(distDir);
  const marked = chunks.filter((chunk) => addCompileHint(path.join(distDir, chunk))).length;
  return { marked, total: chunks.length };
}

/**
 * Put the hint on the first line of `file` (the comment only counts there). Idempotent. A source
 * map beside it gets one more empty line at the start of its mappings, so it stays true.
 * Returns whether the file changed.
 */
export function addCompileHint(file: string): boolean {
  const code = fs.readFileSync(file, 'utf8');
  if (code.startsWith(COMPILE_HINT)) return false;
  fs.writeFileSync(file, `${COMPILE_HINT}\n${code}`);
  const mapFile = `${file}.map`;
  if (fs.existsSync(mapFile)) {
    const map = z.looseObject({ mappings: z.string() }).parse(readJson(mapFile));
    fs.writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
  }
  return true;
}

/**
 * The manifests are scripts (`globalThis.__RSC_MANIFEST["/gan/page"] = {…}`); run each in an
 * empty context of its own rather than parse JavaScript with a pattern.
 */
function readClientReferenceManifests(file: string) {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: unknown } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { timeout: 1000 });
  return clientReferenceManifests.parse(sandbox.__RSC_MANIFEST ?? {});
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
