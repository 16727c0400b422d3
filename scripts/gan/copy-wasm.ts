/**
 * `npm run gan:wasm`: copy tfjs-backend-wasm's binaries into public/gan/wasm/ so the worker
 * loads them from our own origin (no CDN; schools' privacy rules and offline classrooms).
 * Not the threaded build: the backend runs single-threaded (lib/gan/backend.ts), and every file
 * here is downloaded once more for the offline copy of the demo.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { WASM_BUILDS } from '@/lib/offline/gan-files';

const from = path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist');
const to = path.resolve('public/gan/wasm');
mkdirSync(to, { recursive: true });
// The builds the service worker chooses between (lib/offline/gan-files.ts): one list of names.
for (const name of Object.values(WASM_BUILDS).map((url) => path.basename(url))) {
  copyFileSync(path.join(from, name), path.join(to, name));
  console.log(`copied ${name}`);
}
