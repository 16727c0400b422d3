/**
 * `npm run gan:wasm`: copy tfjs-backend-wasm's binaries into public/gan/wasm/ so the worker
 * loads them from our own origin (no CDN; schools' privacy rules and offline classrooms).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const from = path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist');
const to = path.resolve('public/gan/wasm');
mkdirSync(to, { recursive: true });
for (const name of [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
]) {
  copyFileSync(path.join(from, name), path.join(to, name));
  console.log(`copied ${name}`);
}
