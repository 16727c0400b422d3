/**
 * Runs after `next build` (`npm run build`): marks the chunks pages load at start for eager
 * compiling (scripts/build/compile-hints.ts), in the build folder lib/dist-dir.ts names.
 */
import { distDir } from '@/lib/dist-dir';
import { markStartupChunks } from './compile-hints';

const dir = distDir();
const { marked, total } = markStartupChunks(dir);
console.log(`Compile hints: ${marked} of ${total} start-up chunks marked (${dir}).`);
