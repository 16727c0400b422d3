/**
 * npm run bench:ingest: throughput and memory of ingestImage against a bare sharp script that
 * does only the same decode, resizes and encodes (same settings, same two jobs at a time), on
 * 40 generated 1024 × 1024 PNGs the size of DALL·E output. The ratio is the pipeline's overhead:
 * header checks, statistics, placeholder, phash, hashing and durable writes. Target ≤ 1.3×.
 * The two alternate image by image, in turn going first, so load from other processes hits both
 * alike (the machine is shared; timing them one after the other skewed the ratio by 15%).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { ingestImage } from '@/lib/images/ingest';
import { THUMB_SIZE } from '@/lib/images/limits';
import { createLimiter, ENCODE, INPUT_OPTIONS, TIMEOUT } from '@/lib/images/sharp-setup';
import { photoLike } from '@/lib/images/test-fixtures';
import { variantWidthsFor } from '@/lib/images/urls';

const COUNT = 40;
// npm runs scripts from the repository root.
const inputDir = path.resolve('bench', 'out', 'ingest-inputs');

/** Generated once and kept in bench/out (ignored by git): generating takes longer than a run. */
async function inputFiles(): Promise<string[]> {
  await mkdir(inputDir, { recursive: true });
  const files = Array.from({ length: COUNT }, (_, i) => path.join(inputDir, `${i}.png`));
  const existing = new Set(await readdir(inputDir));
  for (const [i, file] of files.entries()) {
    if (!existing.has(`${i}.png`))
      await writeFile(
        file,
        await photoLike(1024, 1024, i + 1)
          .png()
          .toBuffer(),
      );
  }
  return files;
}

/** The same work without the pipeline: decode once, encode the full file, thumb and variants. */
const limited = createLimiter(2);
async function bare(input: Buffer): Promise<number> {
  const { data, info } = await limited(() =>
    sharp(input, INPUT_OPTIONS)
      .timeout(TIMEOUT)
      .rotate()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
  const raw = () => sharp(data, { raw: info }).timeout(TIMEOUT);
  const outputs = await Promise.all([
    limited(() => raw().png(ENCODE.png).toBuffer()),
    limited(() =>
      raw()
        .resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'cover' })
        .webp(ENCODE.webp)
        .toBuffer(),
    ),
    ...variantWidthsFor(info.width).flatMap((width) => [
      limited(() => raw().resize({ width }).avif(ENCODE.avif).toBuffer()),
      limited(() => raw().resize({ width }).webp(ENCODE.webp).toBuffer()),
    ]),
  ]);
  return outputs.reduce((sum, b) => sum + b.length, 0);
}

// Both paths share this process, so one peak covers both; each keeps one image in flight.
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 10);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main() {
  const files = await inputFiles();
  const inputBytes = (await Promise.all(files.map((f) => stat(f)))).reduce((s, f) => s + f.size, 0);
  const imageDir = await mkdtemp(path.join(os.tmpdir(), 'bench-ingest-'));
  try {
    // Warm-up: load codecs and JIT both paths before the clock runs.
    await ingestImage(await readFile(files[0]!), { imageDir: path.join(imageDir, 'warm-up') });
    await bare(await readFile(files[0]!));
    peakRss = 0;

    const ms = { ingest: 0, bare: 0 };
    for (const [i, file] of files.entries()) {
      const input = await readFile(file);
      const runs = { ingest: () => ingestImage(input, { imageDir }), bare: () => bare(input) };
      for (const name of i % 2 === 0
        ? (['ingest', 'bare'] as const)
        : (['bare', 'ingest'] as const)) {
        ms[name] += await timed(runs[name]);
      }
    }
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const line = (name: string, t: number) =>
      `${name.padEnd(12)} ${COUNT} images in ${(t / 1000).toFixed(1)} s = ${((COUNT * 1000) / t).toFixed(2)} images/s, ${(t / COUNT).toFixed(0)} ms/image`;
    console.log(
      `inputs       ${COUNT} PNG 1024 × 1024, ${(inputBytes / COUNT / 1024 / 1024).toFixed(2)} MB each on average`,
    );
    console.log(
      `settings     sharp ${sharp.versions.sharp}, concurrency ${sharp.concurrency()}, 2 jobs at a time, AVIF effort ${ENCODE.avif.effort}`,
    );
    console.log(line('ingestImage', ms.ingest));
    console.log(line('bare sharp', ms.bare));
    console.log(`peak RSS     ${mb(peakRss)} (one process running both)`);
    console.log(
      `ratio        ingest / bare = ${(ms.ingest / ms.bare).toFixed(2)}× (target ≤ 1.3×)`,
    );
  } finally {
    clearInterval(sampler);
    await rm(imageDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
