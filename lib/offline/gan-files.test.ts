import { describe, expect, it } from 'vitest';
import { isGanFile, splitManifest } from './gan-files';

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
