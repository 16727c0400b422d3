/**
 * `npm run bench:gallery`: 10,000 comparisons (2 variants × 4 runs) in a fresh database, the
 * production server (page cache off, then on), and autocannon at 32 connections for 10 s against the gallery, a filtered
 * page, a search, a comparison and a static file; then the bytes a browser transfers for the
 * first gallery page at 375 and 1280 px. Figures are printed, never asserted.
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { fillGallery, makeImagePool } from './lib/fill-gallery';
import { startProductionServer, stopServer } from './lib/server';

const COUNT = Number(process.env.BENCH_COMPARISONS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = path.resolve('data-bench-gallery');
const base = `http://127.0.0.1:${PORT}`;

fs.rmSync(dataDir, { recursive: true, force: true });
// An existing .next-bench build is reused; BENCH_REBUILD=1 builds the current code first.
if (process.env.BENCH_REBUILD) fs.rmSync('.next-bench', { recursive: true, force: true });
const db = openDatabase(path.join(dataDir, 'gallery.db'));
runMigrations(db);
const t0 = performance.now();
const pool = await makeImagePool(64, path.join(dataDir, 'images'));
fillGallery(db, COUNT, pool);
db.$client.close();
console.log(
  `Filled ${COUNT} comparisons (${COUNT * 8} runs) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const targets: Array<[string, string]> = [
  ['static file', '/robots.txt'],
  ['gallery', '/gallery'],
  ['gallery page 200', '/gallery?page=200'],
  ['filtered', '/gallery?kind=bias&tool=Midjourney'],
  ['search', '/gallery?q=vermeer+paint'],
  ['comparison', `/gallery/bench-${Math.floor(COUNT / 2)}`],
];

/** Loads every target in turn and prints one table; `cache` switches the page cache. */
async function loadTest(cache: 'on' | 'off') {
  process.env.PAGE_CACHE = cache;
  const server = await startProductionServer({ distDir: '.next-bench', dataDir, port: PORT });
  try {
    const results: Array<{
      name: string;
      rps: number;
      p50: number;
      p95: number;
      p99: number;
      errors: number;
    }> = [];
    for (const [name, url] of targets) {
      await autocannon({ url: base + url, connections: 4, duration: 2 }); // warm up
      const r = await autocannon({ url: base + url, connections: 32, duration: DURATION });
      const p95 = (r.latency as unknown as Record<string, number>).p95 ?? r.latency.p97_5;
      results.push({
        name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p95,
        p99: r.latency.p99,
        errors: r.errors + r.non2xx,
      });
    }
    const staticP95 = results[0]!.p95 || 1;
    console.log(`\nHTTP load, page cache ${cache}, 32 connections, ${DURATION} s each`);
    console.log('target                 req/s    p50 ms   p95 ms   p99 ms   p95 ÷ static   errors');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(20)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.p95 / staticP95).toFixed(2).padStart(13)}× ${String(r.errors).padStart(8)}`,
      );
    }
  } finally {
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

if (process.env.BENCH_UNCACHED !== '0') await loadTest('off');
await loadTest('on');

process.env.PAGE_CACHE = 'on';
const server = await startProductionServer({ distDir: '.next-bench', dataDir, port: PORT });
try {
  console.log('\nBytes transferred for the first gallery page (headless Chromium)');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const width of [375, 1280]) {
    const context = await browser.newContext({
      viewport: { width, height: width === 375 ? 812 : 900 },
      deviceScaleFactor: width === 375 ? 2 : 1,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    await page.goto(`${base}/gallery`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
    console.log(
      `${String(width).padStart(5)} px wide: ${(bytes / 1024).toFixed(0)} KB in ${requests} requests`,
    );
    await context.close();
  }
  await browser.close();
} finally {
  stopServer(server);
}
