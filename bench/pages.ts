/**
 * `npm run bench:pages`: Lighthouse at its mobile settings on Debian's Chromium for the home page,
 * the gallery, a comparison, the GAN demo and the lesson, against the production build on a fresh
 * database seeded with the example packs. Prints performance, accessibility and best-practices
 * scores, LCP, CLS and total bytes per page, the target and the audits behind each miss; writes
 * the full reports to bench/out/. Figures are printed, never asserted.
 *
 * Every page runs five times (BENCH_RUNS=N for another count) and the run with the median
 * performance score is kept: on this host one run swings by ten points, and Lighthouse's guide to
 * variability says the median of five roughly halves the spread.
 * Lighthouse's 4× CPU slowdown assumes a fast desktop host (benchmark index ~1500). Each run is
 * therefore also scored at the slowdown Lighthouse's calculator gives for that run's own benchmark
 * index (bench/lib/cpu-calibration.ts), from the same load, and printed as a second table; the
 * first table stays at Lighthouse's defaults. BENCH_CPU_SLOWDOWN=N runs at N× instead of both.
 * An existing .next-bench-pages build is reused; BENCH_REBUILD=1 builds the current code first.
 *
 * Beside our pages it measures a floor: the smallest App Router page (bench/floor: a heading, a
 * paragraph, a link), built from the same next and react and with the same compile hints as
 * `npm run build` adds, so the figures show how much of a score the framework alone costs on this
 * machine and how much is ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { EXAMPLE_PACKS_DIR, listPackDirs, seedPacks } from '@/db/seed/seed';
import { startOffsiteGuard } from './lib/lighthouse-offsite-guard';
import { heldPaint, printFailures, printHeldPaints, printTable } from './lib/lighthouse-report';
import { calibratedCpuSlowdown } from './lib/cpu-calibration';
import { launchChromium, reaudit, runLighthouse, type PageFigures } from './lib/lighthouse-run';
import { startFloorServer, startProductionServer, stopServer } from './lib/server';

const PORT = Number(process.env.BENCH_PORT ?? 3140);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const CPU_SLOWDOWN = process.env.BENCH_CPU_SLOWDOWN ? Number(process.env.BENCH_CPU_SLOWDOWN) : undefined;
const DIST_DIR = '.next-bench-pages';
const FLOOR_DIST_DIR = '.next-bench-floor'; // bench/floor/next.config.ts builds into it
const dataDir = path.resolve('data-bench-pages');
const outDir = path.resolve('bench', 'out');
const base = `http://127.0.0.1:${PORT}`;

fs.rmSync(dataDir, { recursive: true, force: true });
if (process.env.BENCH_REBUILD) {
  fs.rmSync(DIST_DIR, { recursive: true, force: true });
  fs.rmSync(FLOOR_DIST_DIR, { recursive: true, force: true });
}
const db = openDatabase(path.join(dataDir, 'gallery.db'));
runMigrations(db);
const seeded = await seedPacks(db, listPackDirs(EXAMPLE_PACKS_DIR), path.join(dataDir, 'images'));
db.$client.close();
const slug = seeded.flatMap((r) => r.added)[0];
if (!slug) throw new Error(`No example comparison to measure: ${EXAMPLE_PACKS_DIR} seeded nothing`);

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['gallery', '/gallery'],
  ['comparison', `/gallery/${slug}`],
  ['gan', '/gan'],
  ['lesson', '/lesson'],
];

const server = await startProductionServer({ distDir: DIST_DIR, dataDir, port: PORT });
const guard = await startOffsiteGuard();
type Row = { name: string; path: string; figures: PageFigures };
const rows: Row[] = [];
const calibratedRows: Row[] = [];
const benchmarkIndexes: number[] = [];
const slowdowns: number[] = [];
const held = new Map<string, Array<number | null>>();

/**
 * RUNS Lighthouse runs of one page; keeps the median run (by performance) in rows and bench/out,
 * and, scored again at each run's calibrated slowdown, the median of those in calibratedRows.
 */
async function measure(name: string, origin: string, pagePath: string) {
  await fetch(origin + pagePath); // the first render fills the page cache; a classroom meets a warm server
  const runs: PageFigures[] = [];
  const calibrated: PageFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const artifactsDir = path.join(outDir, 'artifacts', `${name}-${i + 1}`);
    // A fresh browser (and profile) per run: nothing stored by an earlier page skews the next.
    const chrome = await launchChromium([guard.proxyFlag]);
    try {
      runs.push(await runLighthouse(origin + pagePath, chrome.port, CPU_SLOWDOWN, artifactsDir));
    } finally {
      chrome.kill();
    }
    const index = runs.at(-1)!.lhr.environment.benchmarkIndex;
    benchmarkIndexes.push(index);
    const slowdown = CPU_SLOWDOWN ? undefined : calibratedCpuSlowdown(index);
    if (slowdown) {
      slowdowns.push(slowdown);
      calibrated.push(await reaudit(artifactsDir, slowdown));
    }
    console.log(`${name} run ${i + 1}/${RUNS}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  held.set(name, runs.map(heldPaint));
  const median = (figures: PageFigures[]) => [...figures].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(figures.length / 2)]!;
  const figures = median(runs);
  rows.push({ name, path: pagePath, figures });
  if (calibrated.length === runs.length) calibratedRows.push({ name, path: pagePath, figures: median(calibrated) });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, `lighthouse-${name}${CPU_SLOWDOWN ? `-cpu${CPU_SLOWDOWN}x` : ''}.json`), JSON.stringify(figures.lhr, null, 1));
}

try {
  for (const [name, pagePath] of pages) await measure(name, base, pagePath);
} finally {
  stopServer(server);
}
let floor: PageFigures | undefined;
let calibratedFloor: PageFigures | undefined;
try {
  const floorServer = await startFloorServer({ distDir: FLOOR_DIST_DIR, port: PORT + 1 });
  try {
    await measure('floor', `http://127.0.0.1:${PORT + 1}`, '/');
    floor = rows.pop()!.figures;
    calibratedFloor = calibratedRows.at(-1)?.name === 'floor' ? calibratedRows.pop()!.figures : undefined;
  } finally {
    stopServer(floorServer);
  }
} finally {
  await guard.close();
}

const first = rows[0]!.figures.lhr;
const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const tbt = (f: PageFigures) => f.lhr.audits['total-blocking-time']?.displayValue ?? '?';
function printFloor(f: PageFigures, ours: Row[]) {
  console.log(
    `Floor (bench/floor, the smallest App Router page on the same next and react): performance ${f.scores.performance}, ` +
      `TBT ${tbt(f)}, LCP ${(f.lcpMs / 1000).toFixed(2)} s. TBT of our pages: ${ours.map((r) => `${r.name} ${tbt(r.figures)}`).join(', ')}`,
  );
}
console.log(
  `\nLighthouse ${first.lighthouseVersion}, ${first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
    `${first.configSettings.formFactor}, throttling ${first.configSettings.throttlingMethod} ` +
    `(${first.configSettings.throttling.cpuSlowdownMultiplier}× CPU), ${RUNS === 1 ? 'one run per page' : `median of ${RUNS} runs by performance`}, ` +
    `CPU benchmark index ${range(benchmarkIndexes, 0)} over the runs`,
);
printTable(rows);
printFloor(floor!, rows);
if (calibratedRows.length === rows.length && calibratedFloor) {
  console.log(
    `\nThe same runs scored at the CPU slowdown Lighthouse's calculator gives for each run's own benchmark index ` +
      `(${range(slowdowns, 1)}×; bench/lib/cpu-calibration.ts), aiming every run at the same phone; the index is measured once per run, before the load:`,
  );
  printTable(calibratedRows);
  printFloor(calibratedFloor, calibratedRows);
}
const offsite = [...new Set(rows.flatMap((r) => r.figures.origins).filter((o) => o !== base && /^https?:/.test(o)))];
console.log(`Origins other than ${base} the pages asked for: ${offsite.length ? offsite.join(', ') : 'none'}`);
console.log(`Requests the browser itself tried to send off the machine (refused by the local guard proxy): ${guard.refused.length ? [...new Set(guard.refused)].join(', ') : 'none'}`);
for (const warning of new Set(rows.flatMap((r) => r.figures.lhr.runWarnings))) console.log(`Lighthouse warning: ${warning}`);
printHeldPaints(held);
for (const r of rows) printFailures(r.name, r.figures, base);
console.log(`\nFull reports: ${path.relative(process.cwd(), outDir)}/lighthouse-*.json`);
