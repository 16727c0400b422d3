/**
 * Runs after `next build` (`npm run build`): marks the chunks pages load at start for eager
 * compiling (scripts/build/compile-hints.ts). Uses the build in NEXT_DIST_DIR, or `.next`.
 */
import path from 'node:path';
import { addCompileHint, startupChunks } from './compile-hints';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const chunks = startupChunks(distDir);
const changed = chunks.filter((chunk) => addCompileHint(path.join(distDir, chunk)));
console.log(
  `Compile hints: ${changed.length} of ${chunks.length} start-up chunks marked (${distDir}).`,
);
