/**
 * `npm run bench:measure`, issue 6's variation scores:
 *  (a) what the features add to ingest: 12 generated 1024 × 1024 PNGs ingested with and without
 *      them (fresh store each time, alternating order), plus the feature step on its own;
 *  (b) the comparison page's latency with 4 variants × 12 runs, stored features, tally questions
 *      and 1,000 votes ("full"), against the same page without features, questions or votes
 *      ("bare") and with features only ("features"); page cache off (the render is measured) and
 *      on. HTML size is uncompressed. Figures are printed, never asserted.
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/connection';
import { getComparison } from '@/db/queries/get-comparison';
import { runMigrations } from '@/db/migrate';
import { featuresOf } from '@/lib/images/features';
import { ingestImage } from '@/lib/images/ingest';
import { getComparisonVariation } from '@/lib/measure/comparison-variation';
import { decodePixels } from '@/lib/images/sharp-setup';
import { photoLike } from '@/lib/images/test-fixtures';
import { fillMeasureBench, RUNS, VARIANTS, VOTES } from './lib/measure-fixture';
import { startProductionServer, stopServer } from './lib/server';

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-e2e-measure';
const dataDir = path.resolve('data-bench-measure');
const ms = (n: number) => n.toFixed(1).padStart(8);

// (a) ingest cost
const inputs = await Promise.all(Array.from({ length: 12 }, (_, i) => photoLike(1024, 1024, i + 1).png().toBuffer()));
const timeIngest = async (input: Buffer, features: boolean) => {
  const imageDir = await mkdtemp(path.join(os.tmpdir(), 'bench-measure-'));
  const t0 = performance.now();
  await ingestImage(input, { imageDir, features });
  const elapsed = performance.now() - t0;
  await rm(imageDir, { recursive: true, force: true });
  return elapsed;
};
await timeIngest(inputs[0]!, true); // warm-up
const totals = { with: 0, without: 0, alone: 0 };
for (const [i, input] of inputs.entries()) {
  for (const features of i % 2 ? [true, false] : [false, true]) totals[features ? 'with' : 'without'] += await timeIngest(input, features);
  const pixels = await decodePixels(input);
  const t0 = performance.now();
  await featuresOf(pixels);
  totals.alone += performance.now() - t0;
}
const per = (t: number) => t / inputs.length;
console.log(`\n(a) Ingest of ${inputs.length} PNGs, 1024 × 1024 (ms per image)`);
console.log(`without features ${ms(per(totals.without))}`);
console.log(`with features    ${ms(per(totals.with))}`);
console.log(`added            ${ms(per(totals.with - totals.without))}  (${((100 * (totals.with - totals.without)) / totals.without).toFixed(1)}%)`);
console.log(`feature step alone, on decoded pixels ${ms(per(totals.alone))}`);

// (b) comparison page
fs.rmSync(dataDir, { recursive: true, force: true });
const db = openDatabase(path.join(dataDir, 'gallery.db'));
runMigrations(db);
const filled = await fillMeasureBench(db, path.join(dataDir, 'images'));
console.log(`\n(b) Comparison page, ${VARIANTS} variants × ${RUNS} runs; "full": features, ${filled.questions} questions, ${filled.votes} votes (${VOTES} asked)`);
const detail = getComparison(db, { slug: 'measure-full' }, 'en')!;
const timed = (f: () => unknown) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const cold = timed(() => getComparisonVariation(db, detail));
const warm = timed(() => getComparisonVariation(db, detail));
console.log(`variation for the page in-process: first ${cold.toFixed(1)} ms (query + ${VARIANTS * ((RUNS * (RUNS - 1)) / 2)} pairs), then ${warm.toFixed(2)} ms (memo)`);
db.$client.close();

async function loadTest(cache: 'on' | 'off') {
  process.env.PAGE_CACHE = cache;
  process.env.FEATURE_BACKFILL = 'off'; // keep "bare" without features
  const server = await startProductionServer({ distDir: DIST_DIR, dataDir, port: PORT });
  try {
    console.log(`\npage cache ${cache}, 8 connections, ${DURATION} s each`);
    console.log('page               KB   req/s    p50 ms   p95 ms   p99 ms   errors');
    for (const slug of ['measure-bare', 'measure-features', 'measure-full']) {
      const url = `http://127.0.0.1:${PORT}/gallery/${slug}`;
      await autocannon({ url, connections: 2, duration: 2 }); // warm up (and fill the variation memo)
      const kb = (await (await fetch(url)).arrayBuffer()).byteLength / 1024;
      const r = await autocannon({ url, connections: 8, duration: DURATION });
      const p95 = (r.latency as unknown as Record<string, number>).p95 ?? r.latency.p97_5;
      console.log(`${slug.padEnd(16)} ${kb.toFixed(0).padStart(4)} ${r.requests.average.toFixed(0).padStart(6)} ${ms(r.latency.p50)} ${ms(p95)} ${ms(r.latency.p99)} ${String(r.errors + r.non2xx).padStart(8)}`);
    }
  } finally {
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
await loadTest('off');
await loadTest('on');
