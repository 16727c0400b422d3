/**
 * `npm run bench:gan`: time to digits in headless Chromium, from scratch, default preset.
 * Bundles the real worker (app/gan/train.worker.ts) and a tiny harness with esbuild, serves
 * them with public/gan/ from a throwaway server, so it does not need the page UI or a production
 * build. Prints figures; asserts nothing.
 */
import { chromium } from '@playwright/test';
import type { BackendTrial } from '@/lib/gan/protocol';
import { startBenchServer } from './gan/serve';
import { median } from './lib/median';

async function main(): Promise<void> {
  const CAP_S = Number(process.env.GAN_BENCH_CAP_S ?? 180);
  const { port, close } = await startBenchServer();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // SwiftShader gives headless Chromium a (software) WebGL. The trial does not time a software
    // renderer; GAN_BENCH_BACKEND=webgl times it anyway.
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Smoke pass first: pretrained start-up time and one round trip per request command.
  const smokePage = await browser.newPage();
  await smokePage.goto(`http://127.0.0.1:${port}/?mode=smoke`);
  const smokeStart = Date.now();
  let smoke: Record<string, unknown> = {};
  while (Date.now() - smokeStart < 60_000 && !smoke.done && !smoke.failure) {
    await new Promise((res) => setTimeout(res, 500));
    smoke = await smokePage.evaluate(
      () => (globalThis as unknown as { __smoke: Record<string, unknown> }).__smoke,
    );
  }
  console.log('pretrained start and commands:', JSON.stringify(smoke));
  await smokePage.close();

  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const t0 = Date.now();
  await page.goto(
    `http://127.0.0.1:${port}/${process.env.GAN_BENCH_BACKEND ? `?backend=${process.env.GAN_BENCH_BACKEND}` : ''}`,
  );
  type R = {
    done: boolean;
    backend?: {
      backend: string;
      trial: BackendTrial[];
    };
    ready?: {
      backend: string;
      simd: boolean;
      threads: number;
      initMs: number;
      trial: BackendTrial[];
    };
    stepsPerSecond: number[];
    firstDigits: number | null;
    timeToDigits: number | null;
    wallToDigits: number | null;
    lastQuality?: {
      confidentShare: number;
      digitsPresent: number;
      inceptionScore: number;
      step: number;
      trainingSeconds: number;
    };
    longestTaskMs: number;
    grids: number;
    errors: string[];
  };
  let r: R | undefined;
  while (Date.now() - t0 < CAP_S * 1000) {
    await new Promise((res) => setTimeout(res, 1000));
    r = await page.evaluate(() => (globalThis as unknown as { __bench: R }).__bench);
    if (r?.done || r?.errors.length) break;
  }
  await browser.close();
  close();
  if (!r) throw new Error('harness did not start');
  const fmt = (v: number | null | undefined, unit = ' s') =>
    v == null ? `not within ${CAP_S} s` : `${v.toFixed(1)}${unit}`;
  console.log(
    `backend: ${r.ready?.backend} (simd ${r.ready?.simd}, threads ${r.ready?.threads}); init ${fmt((r.ready?.initMs ?? 0) / 1000)}`,
  );
  for (const t of r.backend?.trial ?? r.ready?.trial ?? [])
    console.log(
      t.skipped
        ? `  trial ${t.backend}: not timed (${t.skipped})`
        : `  trial ${t.backend}: ${t.stepsPerSecond?.toFixed(1) ?? '—'} steps/s (first step ${t.warmupMs?.toFixed(0) ?? '—'} ms)`,
    );
  console.log(`steps/s while training (median): ${median(r.stepsPerSecond).toFixed(1)}`);
  console.log(`first digit-like samples (≥30% confident): ${fmt(r.firstDigits)} of training`);
  console.log(
    `time to digits (≥80% of 256 confident, ≥9 digits): ${fmt(r.timeToDigits)} of training, ${fmt(r.wallToDigits)} wall clock`,
  );
  const q = r.lastQuality;
  if (q)
    console.log(
      `last quality: step ${q.step}, ${(q.confidentShare * 100).toFixed(0)}% confident, ${q.digitsPresent} digits, IS ${q.inceptionScore.toFixed(2)}`,
    );
  console.log(
    `longest main-thread task: ${r.longestTaskMs.toFixed(0)} ms; grids received: ${r.grids}`,
  );
  if (r.errors.length) console.log('errors:', r.errors.join('; '));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
