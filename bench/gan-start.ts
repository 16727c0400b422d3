/**
 * `npm run bench:gan-start`: how long the GAN demo takes to start on a slow school network, and
 * what it downloads. The production build in headless Chromium, a cold cache each run (no
 * service worker), the network throttled by Chromium (which covers the worker's requests too).
 * Prints, per network, the MOMENTS below (when the bar knows its total, the first drawings, the
 * model and digits in, Play enabled, the quality meter's first figure) and the bytes by kind.
 * Prints figures; asserts nothing.
 *
 * BENCH_RUNS (default 3) runs per network; BENCH_REBUILD=1 builds afresh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Request } from '@playwright/test';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { median } from './lib/median';
import { startProductionServer, stopServer } from './lib/server';

const PORT = Number(process.env.BENCH_PORT ?? 3142);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const DIST_DIR = '.next-bench-gan-start';
const dataDir = path.resolve('data-bench-gan-start');
const base = `http://127.0.0.1:${PORT}`;

/** Lighthouse's mobile network (slow 4G), and a busy school Wi-Fi. */
const NETWORKS = [
  { name: 'slow 4G (1.6 Mbit/s, 150 ms)', kbit: 1638.4, latency: 150 },
  { name: 'busy Wi-Fi (800 kbit/s, 300 ms)', kbit: 800, latency: 300 },
];

/** What each request is, by its path. */
function kindOf(req: Request): string {
  const p = new URL(req.url()).pathname;
  if (p.startsWith('/gan/wasm/')) return 'engine (WASM)';
  if (p.startsWith('/gan/')) return 'digits and models';
  if (p.endsWith('.js')) return 'scripts (page, worker)';
  return 'page and other';
}

/** What the page shows, in the order it comes, with the label printed for it. */
const MOMENTS = [
  ['totalKnown', 'bar shows its total'],
  ['drawing', 'first drawings shown'],
  ['filesIn', 'model and digits in'],
  ['ready', 'ready (Play enabled)'],
  ['measured', 'first quality figure'],
] as const;
type Moment = (typeof MOMENTS)[number][0];

/** Times of the MOMENTS from navigation start, noted by the page itself: no poll misses one. */
const MARKS_SCRIPT = `{
  const marks = (window.__marks = {});
  const note = (k, ok) => { if (ok && marks[k] === undefined) marks[k] = performance.now(); };
  new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="download-progress"]');
    note('totalKnown', !!bar && bar.max > 1);
    note('filesIn', /;/.test(document.querySelector('[data-testid="download-amount"]')?.textContent ?? ''));
    const play = document.querySelector('[data-testid="play-pause"]');
    note('drawing', !!document.querySelector('[data-testid="sample-grid"][data-step]'));
    note('ready', !!play && !play.disabled);
    note('measured', !!document.querySelector('[data-testid="quality"]'));
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}`;

type Run = { marks: Partial<Record<Moment, number>>; bytes: Map<string, number> };

async function oneRun(browser: Browser, net: (typeof NETWORKS)[number]): Promise<Run> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addCookies([{ name: 'lang', value: 'en', url: base }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: net.latency,
    downloadThroughput: (net.kbit * 1024) / 8,
    uploadThroughput: (net.kbit * 1024) / 8,
  });
  const bytes = new Map<string, number>();
  const pending = new Set<string>();
  page.on('request', (req) => void pending.add(req.url()));
  page.on('requestfailed', (req) => void pending.delete(req.url()));
  page.on('requestfinished', async (req) => {
    const s = await req.sizes();
    const k = kindOf(req);
    bytes.set(k, (bytes.get(k) ?? 0) + s.responseBodySize + s.responseHeadersSize);
    pending.delete(req.url());
  });
  // A string, not a function: tsx's transform would add helpers the page does not have.
  await page.addInitScript(MARKS_SCRIPT);
  await page.goto(`${base}/gan`);
  await page.getByTestId('play-pause').and(page.locator(':enabled')).waitFor({ timeout: 300_000 });
  await page.getByTestId('quality').waitFor({ state: 'attached', timeout: 300_000 });
  const marks = await page.evaluate(() => (window as unknown as { __marks: Run['marks'] }).__marks);
  // Playwright reports a worker's finished requests a little later; wait for the last of them.
  for (let i = 0; i < 100 && pending.size > 0; i++) await page.waitForTimeout(100);
  await context.close();
  return { marks, bytes };
}

fs.rmSync(dataDir, { recursive: true, force: true });
if (process.env.BENCH_REBUILD) fs.rmSync(DIST_DIR, { recursive: true, force: true });
const db = openDatabase(path.join(dataDir, 'gallery.db'));
runMigrations(db);
db.$client.close();

const server = await startProductionServer({ distDir: DIST_DIR, dataDir, port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const s = (ms: number | undefined) =>
    ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`;
  for (const net of NETWORKS) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, net));
    console.log(`\n/gan on ${net.name}, cold cache, median of ${RUNS}:`);
    for (const [moment, label] of MOMENTS) {
      const each = runs.map((r) => r.marks[moment] ?? NaN);
      const detail = moment === 'ready' ? `   runs: ${each.map(s).join(', ')}` : '';
      console.log(`  ${label.padEnd(20)} ${s(median(each))}${detail}`);
    }
    const kinds = [...new Set(runs.flatMap((r) => [...r.bytes.keys()]))].sort();
    let total = 0;
    for (const k of kinds) {
      const kb = median(runs.map((r) => r.bytes.get(k) ?? 0)) / 1024;
      total += kb;
      console.log(`  ${k.padEnd(20)} ${kb.toFixed(0).padStart(6)} KB`);
    }
    console.log(`  ${'total'.padEnd(20)} ${total.toFixed(0).padStart(6)} KB`);
  }
} finally {
  await browser.close();
  stopServer(server);
}
