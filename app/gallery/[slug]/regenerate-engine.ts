/**
 * The browser half of "regenerate": loaded with a dynamic import only when a visitor presses the
 * button, so tfjs never weighs on other pages. Uses the same WASM backend (the demo's own copies
 * of its files under /gan/wasm/) and the same code as the script that made the runs.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { drawRun, loadGenerator, type LoadedGenerator } from '@/lib/examples/generator-file';
import type { RunSpec } from '@/lib/examples/run-inputs';

let backend: Promise<string> | null = null;
const generators = new Map<string, Promise<{ loaded: LoadedGenerator; sha256: string | null }>>();

function pickBackend(): Promise<string> {
  backend ??= (async () => {
    setWasmPaths('/gan/wasm/');
    try {
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        return 'wasm';
      }
    } catch {
      // no WebAssembly here: fall back below and say so on the page
    }
    await tf.setBackend('cpu');
    await tf.ready();
    return 'cpu';
  })();
  return backend;
}

async function hex(buffer: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null; // plain http on a school network: no SubtleCrypto
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function generator(url: string) {
  let found = generators.get(url);
  if (!found) {
    found = (async () => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`checkpoint ${res.status}`);
      const buffer = await res.arrayBuffer();
      return { loaded: loadGenerator(buffer), sha256: await hex(buffer) };
    })();
    found.catch(() => generators.delete(url));
    generators.set(url, found);
  }
  return found;
}

export async function regenerate(checkpointUrl: string, spec: RunSpec) {
  const name = await pickBackend();
  const { loaded, sha256 } = await generator(checkpointUrl);
  const { tile } = await drawRun(loaded, spec);
  return { tile, backend: name, checkpointSha256: sha256 };
}

/** The stored picture's greyscale values (red channel of an sRGB greyscale PNG). */
export async function storedPixels(url: string): Promise<{ pixels: Uint8Array; side: number }> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`image ${res.status}`);
  const bitmap = await createImageBitmap(await res.blob(), {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
  });
  const side = bitmap.width;
  const canvas = new OffscreenCanvas(side, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0);
  const rgba = ctx.getImageData(0, 0, side, bitmap.height).data;
  const pixels = new Uint8Array(side * bitmap.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4] ?? 0;
  return { pixels, side };
}
