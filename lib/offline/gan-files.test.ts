import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import {
  filesToFetchAhead,
  hasWasmSimd,
  isGanFile,
  markLargeChunks,
  ON_USE_BYTES,
  ON_USE_REVISION,
  splitManifest,
} from './gan-files';

describe('the GAN files are kept apart from the install-time precache', () => {
  it('splits the manifest by path, keeping each entry as it was', () => {
    const code = { url: '/_next/static/chunks/a.js', revision: null };
    const wasm = { url: '/gan/wasm/tfjs-backend-wasm.wasm', revision: 'r1' };
    const model = '/gan/models/gan.bin';
    const { atInstall, gan } = splitManifest([code, wasm, model, '/_next/static/x.css']);
    expect(atInstall).toEqual([code, '/_next/static/x.css']);
    expect(gan).toEqual([wasm, model]);
    expect(splitManifest([{ url: 'http://127.0.0.1:3150/gan/digits.bin.gz' }]).gan).toHaveLength(1);
  });

  it('the page /gan and look-alike paths are not GAN files', () => {
    expect(isGanFile('/gan/digits.bin.gz')).toBe(true);
    for (const p of ['/gan', '/gallery', '/ganzen/x', '/_next/static/gan/a.js'])
      expect(isGanFile(p)).toBe(false);
  });
});

describe('large built chunks are kept with the GAN files', () => {
  it('marks only built script chunks over the limit, at build time', async () => {
    const big = { url: '.next/static/chunks/tfjs.js', revision: null, size: ON_USE_BYTES + 1 };
    const small = { url: '.next/static/chunks/app.js', revision: null, size: 40_000 };
    const css = { url: '.next/static/chunks/big.css', revision: null, size: ON_USE_BYTES + 1 };
    const digits = { url: 'public/gan/digits.bin.gz', revision: 'abc', size: ON_USE_BYTES + 1 };
    const { manifest } = await markLargeChunks([big, small, css, digits]);
    expect(manifest).toEqual([{ ...big, revision: ON_USE_REVISION }, small, css, digits]);
  });

  it('splits marked chunks off with the GAN files and lists their paths', () => {
    const tfjs = { url: '/_next/static/chunks/tfjs.js', revision: ON_USE_REVISION };
    const app = { url: '/_next/static/chunks/app.js', revision: null };
    const wasm = { url: '/gan/wasm/tfjs-backend-wasm.wasm', revision: 'r1' };
    const { atInstall, gan, ganPaths } = splitManifest([tfjs, app, wasm]);
    expect(atInstall).toEqual([app]);
    expect(gan).toEqual([tfjs, wasm]);
    expect([...ganPaths]).toEqual([
      '/_next/static/chunks/tfjs.js',
      '/gan/wasm/tfjs-backend-wasm.wasm',
    ]);
  });
});

describe('only the WASM build this browser loads is fetched ahead', () => {
  const files = [
    '/gan/digits.bin.gz',
    '/gan/wasm/tfjs-backend-wasm.wasm',
    '/gan/wasm/tfjs-backend-wasm-simd.wasm',
    '/gan/models/gan.bin',
    '/_next/static/chunks/tfjs.js',
  ];

  it('drops the plain build where there is SIMD, the SIMD build where there is not', () => {
    expect(filesToFetchAhead(files, true)).toEqual([
      '/gan/digits.bin.gz',
      '/gan/wasm/tfjs-backend-wasm-simd.wasm',
      '/gan/models/gan.bin',
      '/_next/static/chunks/tfjs.js',
    ]);
    expect(filesToFetchAhead(files, false)).toEqual([
      '/gan/digits.bin.gz',
      '/gan/wasm/tfjs-backend-wasm.wasm',
      '/gan/models/gan.bin',
      '/_next/static/chunks/tfjs.js',
    ]);
    expect(
      filesToFetchAhead(['http://127.0.0.1:3150/gan/wasm/tfjs-backend-wasm.wasm'], true),
    ).toEqual([]);
  });

  it('decides SIMD as tfjs-backend-wasm does when it picks its build', async () => {
    expect(hasWasmSimd()).toBe(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    expect(hasWasmSimd()).toBe(true); // Node 20's V8 has WASM SIMD, as Chromium does
  });
});
