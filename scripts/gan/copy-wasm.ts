/**
 * `npm run gan:wasm`: copy tfjs-backend-wasm's binaries into public/gan/wasm/ so the worker
 * loads them from our own origin (no CDN; schools' privacy rules and offline classrooms).
 * Not the threaded build: the backend runs single-threaded (lib/gan/backend.ts), and every file
 * here is downloaded once more for the offline copy of the demo.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const from = path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist');
const to = path.resolve('public/gan/wasm');
mkdirSync(to, { recursive: true });
for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
  copyFileSync(path.join(from, name), path.join(to, name));
  console.log(`copied ${name}`);
}
