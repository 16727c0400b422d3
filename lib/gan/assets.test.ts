import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAssets } from './assets';
import type { DownloadProgress } from './download';

/**
 * A stand-in network: every request is logged when made and answered only when the test
 * releases it, so the order in which the demo asks for its files can be seen.
 */
function network(sizes: Record<string, number>) {
  const log: string[] = [];
  const waiting = new Map<string, () => void>();
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    log.push(`${method} ${url}`);
    const size = sizes[url];
    const res = () =>
      size === undefined
        ? new Response(null, { status: 404 })
        : new Response(method === 'HEAD' ? null : new Uint8Array(size), {
            headers: { 'content-length': String(size) },
          });
    if (method === 'HEAD') return Promise.resolve(res());
    return new Promise<Response>((resolve) => waiting.set(url, () => resolve(res())));
  });
  const release = async (url: string) => {
    await vi.waitFor(() => expect(waiting.has(url)).toBe(true));
    waiting.get(url)!();
    waiting.delete(url);
  };
  return { log, release, pending: () => [...waiting.keys()] };
}

const SIZES = {
  '/g/models/gan.bin': 300,
  '/g/digits.bin.gz': 1000,
  '/g/models/classifier.bin': 200,
};

describe('fetchAssets', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('generator first: the digits after it, the judge after them and outside the bar', async () => {
    const net = network(SIZES);
    const reports: DownloadProgress[] = [];
    const files = fetchAssets('/g/', (p) => reports.push(p), true);
    await vi.waitFor(() => expect(net.log).toContain('HEAD /g/digits.bin.gz'));
    expect(net.pending()).toEqual(['/g/models/gan.bin']);
    await net.release('/g/models/gan.bin');
    expect((await files.pretrained)?.byteLength).toBe(300);
    expect(reports.at(-1)).toEqual({ loaded: 300, total: 1300 }); // the HEAD gave the digits' size
    expect(net.pending()).toEqual(['/g/digits.bin.gz']);
    await net.release('/g/digits.bin.gz');
    expect((await files.digits).byteLength).toBe(1000);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ loaded: 1300, total: 1300 }));
    await net.release('/g/models/classifier.bin');
    expect((await files.judge)?.byteLength).toBe(200);
    expect(reports.at(-1)).toEqual({ loaded: 1300, total: 1300 }); // the judge is not counted
    expect(net.log.filter((l) => l.startsWith('GET'))).toEqual([
      'GET /g/models/gan.bin',
      'GET /g/digits.bin.gz',
      'GET /g/models/classifier.bin',
    ]);
  });

  it('otherwise fetches the generator and digits at once; a missing judge or model is null', async () => {
    const net = network({ '/g/digits.bin.gz': 1000 });
    const files = fetchAssets('/g/', () => {}, false);
    await vi.waitFor(() =>
      expect(net.pending().sort()).toEqual(['/g/digits.bin.gz', '/g/models/gan.bin']),
    );
    expect(net.log.some((l) => l.startsWith('HEAD'))).toBe(false);
    await net.release('/g/models/gan.bin');
    await net.release('/g/digits.bin.gz');
    await net.release('/g/models/classifier.bin');
    expect(await files.pretrained).toBeNull();
    expect((await files.digits).byteLength).toBe(1000);
    expect(await files.judge).toBeNull();
  });

  it('rejects the digits when they fail, and then does not ask for the judge', async () => {
    const net = network({ '/g/models/gan.bin': 300 });
    const files = fetchAssets('/g/', () => {}, true);
    await net.release('/g/models/gan.bin');
    await net.release('/g/digits.bin.gz');
    await expect(files.digits).rejects.toThrow('404');
    expect(await files.judge).toBeNull();
    expect(net.log).not.toContain('GET /g/models/classifier.bin');
  });
});
