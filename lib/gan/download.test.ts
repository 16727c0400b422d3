import { describe, expect, it } from 'vitest';
import { DownloadMeter, type DownloadProgress } from './download';

/** A response whose body arrives in the given chunks, with the given headers. */
function response(chunks: number[], headers: Record<string, string> = {}): Response {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i]!).fill(i++ + 1));
      else controller.close();
    },
  });
  return new Response(body, { headers });
}
const sized = (chunks: number[]) =>
  response(chunks, { 'content-length': String(chunks.reduce((a, b) => a + b, 0)) });

/** A meter whose clock is a counter that moves `step` ms per reading. */
function meter(files: number, everyMs = 0, step = 1) {
  const reports: DownloadProgress[] = [];
  let t = 0;
  const m = new DownloadMeter(
    files,
    (p) => reports.push(p),
    everyMs,
    () => (t += step),
  );
  return { m, reports };
}

describe('DownloadMeter', () => {
  it('returns each body whole, bytes in order', async () => {
    const { m } = meter(1);
    const bytes = new Uint8Array(await m.read(sized([2, 3])));
    expect([...bytes]).toEqual([1, 1, 2, 2, 2]);
  });

  it('counts bytes across files, with a total once every file announced its size', async () => {
    const { m, reports } = meter(2);
    await m.read(sized([100, 50]));
    expect(reports.at(-1)).toEqual({ loaded: 150, total: null }); // the second file is not in yet
    await m.read(sized([30, 20]));
    m.finish();
    expect(reports.at(-1)).toEqual({ loaded: 200, total: 200 });
    expect(reports.map((r) => r.loaded)).toEqual([100, 150, 180, 200, 200]);
  });

  it('reports at most once per interval while bytes arrive, and always at the end', async () => {
    const { m, reports } = meter(1, 250, 100); // the clock moves 100 ms per chunk
    await m.read(sized(Array.from({ length: 10 }, () => 10)));
    expect(reports.length).toBe(4); // chunks 1, 4, 7 and 10 (every third reading is ≥ 250 ms on)
    m.finish();
    expect(reports.at(-1)).toEqual({ loaded: 100, total: 100 });
  });

  it('has no total when a size is missing or counts compressed bytes', async () => {
    const cases: Record<string, string>[] = [
      {},
      { 'content-length': '40', 'content-encoding': 'gzip' },
    ];
    for (const headers of cases) {
      const { m, reports } = meter(1);
      await m.read(response([60], headers));
      m.finish();
      expect(reports.at(-1)).toEqual({ loaded: 60, total: null });
    }
  });

  it('knows the total from sizes announced before their downloads, counted once', async () => {
    const { m, reports } = meter(3);
    m.announce('b', sized([40]));
    m.announce('c', response([10])); // no size: that file announces its own when read
    await m.read(sized([100]), 'a');
    expect(reports.at(-1)).toEqual({ loaded: 100, total: null });
    m.announce('c', sized([10]));
    expect(reports.at(-1)).toEqual({ loaded: 100, total: 150 });
    m.announce('b', sized([999])); // announced already: the first size stands
    await m.read(sized([40]), 'b');
    await m.read(sized([10]), 'c');
    m.finish();
    expect(reports.at(-1)).toEqual({ loaded: 150, total: 150 });
  });

  it('gives up the total when a file is skipped, keeping what arrived', async () => {
    const { m, reports } = meter(2);
    await m.read(sized([70]));
    m.skip();
    expect(reports.at(-1)).toEqual({ loaded: 70, total: null });
  });
});
