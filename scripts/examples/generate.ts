/**
 * `npm run examples:generate`: the example comparisons the project makes itself, written to
 * content/packs/gan-examples/ (manifest.json + PNGs), which `db:seed` and `npm start` load.
 * Deterministic: fixed seeds, fixed date, pinned checkpoints (their sha256 goes in each variant's
 * settings), one run per inference on the WASM backend. `-- --pin` first copies the demo's current
 * checkpoint and digit classifier (public/gan/models/gan.bin, classifier.bin) to
 * public/examples/models/conditional.bin and classifier.bin, so a retrained demo changes nothing here.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_SLUGS } from '../../lib/examples/example-slugs';
import {
  disposeLoaded,
  drawRun,
  loadGenerator,
  type LoadedGenerator,
} from '../../lib/examples/generator-file';
import { loadJudge } from '../../lib/gan/classifier';
import { judgeTiles, tally } from '../../lib/examples/judge';
import type { RunSpec } from '../../lib/examples/run-inputs';
import {
  entropyBits,
  formatTally,
  meanPairwiseDistance,
  meanWithinGroupDistance,
} from '../../lib/examples/variety';
import type { Classifier } from '../../lib/gan/classifier';
import type { PackComparison } from '../../lib/validation/pack-manifest';
import { MODELS_DIR, PACK_DIR, ROOT, setup, sha256, toArrayBuffer } from './node-setup';
import { PackWriter } from './pack-writer';
import { biasText, collapseText, temperatureText, variationText, type Text } from './texts';

export const GENERATED_AT = '2026-11-23';
const TOOL = 'Promptgalerij GAN';
const MODEL = 'conditional DCGAN (small)';
const LARGE_N = 500;
const TAGS = ['gan', 'digits', 'promptgalerij'];

if (process.argv.includes('--pin')) {
  copyFileSync(
    path.join(ROOT, 'public/gan/models/gan.bin'),
    path.join(MODELS_DIR, 'conditional.bin'),
  );
  copyFileSync(
    path.join(ROOT, 'public/gan/models/classifier.bin'),
    path.join(MODELS_DIR, 'classifier.bin'),
  );
}
await setup(1);
const t0 = performance.now();
const judgeFile = path.join(MODELS_DIR, 'classifier.bin');
const judge: Classifier = loadJudge(toArrayBuffer(readFileSync(judgeFile)));
const judgeSha = sha256(judgeFile);
const writer = new PackWriter(PACK_DIR);

function open(name: string): { loaded: LoadedGenerator; settings: Record<string, string> } {
  const file = path.join(MODELS_DIR, `${name}.bin`);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: run npm run examples:train (or examples:generate -- --pin)`,
    );
  return {
    loaded: loadGenerator(toArrayBuffer(readFileSync(file))),
    settings: {
      checkpoint: `${name}.bin`,
      checkpointSha256: sha256(file),
      backend: 'wasm',
      date: GENERATED_AT,
    },
  };
}

type Run = { file: string; settings: Record<string, string | number> };

async function runs(
  loaded: LoadedGenerator,
  specs: RunSpec[],
  prefix: string,
): Promise<{ runs: Run[]; tiles: Uint8Array[]; readings: (number | null)[] }> {
  const out: Run[] = [];
  const tiles: Uint8Array[] = [];
  for (const spec of specs) {
    const { digit, tile } = await drawRun(loaded, spec);
    tiles.push(tile);
    const settings: Run['settings'] = { seed: spec.seed };
    if (spec.digit === null) settings.pickedDigit = digit;
    out.push({ file: await writer.image(`${prefix}-seed-${spec.seed}`, tile), settings });
  }
  const readings = await judgeTiles(judge, tiles);
  out.forEach((r, i) => (r.settings.classifier = readings[i] === null ? '?' : String(readings[i])));
  return { runs: out, tiles, readings };
}

const seeds = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const tallyText = (readings: (number | null)[]) => {
  const t = tally(readings);
  return `${formatTally(t.histogram)} ?:${t.unclear}`;
};

function comparison(
  slug: string,
  caseKind: PackComparison['caseKind'],
  text: Text,
  variants: PackComparison['variants'],
): PackComparison {
  return {
    slug,
    title: text.title.en,
    description: text.description.en,
    locale: 'en',
    translations: { nl: { title: text.title.nl, description: text.description.nl } },
    caseKind,
    submitterName: null,
    tags: TAGS,
    variants,
  };
}

const variant = (prompt: string, settings: Record<string, string | number>, runList: Run[]) => ({
  prompt,
  revisedPrompt: null,
  tool: TOOL,
  model: MODEL,
  settings: { ...settings, judgeSha256: judgeSha },
  generatedAt: GENERATED_AT,
  runs: runList,
});

// 1. Per-run variation and 2. temperature: the demo's pretrained conditional generator.
const conditional = open('conditional');
const comparisons: PackComparison[] = [];
{
  const rows = [];
  for (const digit of [7, 3]) {
    const r = await runs(
      conditional.loaded,
      seeds(8).map((seed) => ({ seed, noiseScale: 1, digit })),
      `draw-${digit}`,
    );
    rows.push(
      variant(
        `draw a ${digit}`,
        { ...conditional.settings, digit, noiseScale: 1, temperature: 1 },
        r.runs,
      ),
    );
  }
  comparisons.push(comparison(EXAMPLE_SLUGS.variation, 'variation', variationText(), rows));
}
{
  const digit = 5;
  const scales = [0.3, 1, 1.8];
  const rows = [];
  const confident: string[] = [];
  for (const noiseScale of scales) {
    const r = await runs(
      conditional.loaded,
      seeds(6).map((seed) => ({ seed, noiseScale, digit })),
      `temperature-${noiseScale}`,
    );
    const big = await judgeTiles(
      judge,
      await tilesOf(
        conditional.loaded,
        seeds(LARGE_N, 1000).map((seed) => ({ seed, noiseScale, digit })),
      ),
    );
    const hits = r.readings.filter((d) => d === digit).length;
    confident.push(
      `${hits} of 6 (${Math.round((100 * big.filter((d) => d === digit).length) / LARGE_N)}% of ${LARGE_N})`,
    );
    rows.push(
      variant(
        `draw a ${digit}`,
        {
          ...conditional.settings,
          digit,
          noiseScale,
          temperature: noiseScale,
          recognised: `${hits} of 6`,
        },
        r.runs,
      ),
    );
  }
  comparisons.push(
    comparison(
      EXAMPLE_SLUGS.temperature,
      'temperature',
      temperatureText(digit, scales, confident),
      rows,
    ),
  );
}
disposeLoaded(conditional.loaded);

async function tilesOf(loaded: LoadedGenerator, specs: RunSpec[]): Promise<Uint8Array[]> {
  const tiles: Uint8Array[] = [];
  for (const spec of specs) tiles.push((await drawRun(loaded, spec)).tile);
  return tiles;
}

const mixText = (prior: number[] | null, size: number) =>
  (prior ?? []).map((p, d) => `${d}:${Math.round(p * size)}`).join(' ');
const anyDigit = (n: number, from = 1): RunSpec[] =>
  seeds(n, from).map((seed) => ({ seed, noiseScale: 1, digit: null }));

// 3. Bias: skewed against balanced training data.
{
  const figures: Record<string, { mix: string; tally: string; large: string }> = {};
  const rows = [];
  for (const name of ['skewed', 'balanced']) {
    const g = open(name);
    const r = await runs(g.loaded, anyDigit(24), `bias-${name}`);
    const large = tallyText(
      await judgeTiles(judge, await tilesOf(g.loaded, anyDigit(LARGE_N, 1000))),
    );
    figures[name] = { mix: mixText(g.loaded.prior, 2930), tally: tallyText(r.readings), large };
    rows.push(
      variant(
        `any digit (${name} training data)`,
        {
          ...g.settings,
          digit: 'any',
          noiseScale: 1,
          temperature: 1,
          trainingMix: figures[name].mix,
          tally: figures[name].tally,
          [`tally${LARGE_N}`]: large,
        },
        r.runs,
      ),
    );
    disposeLoaded(g.loaded);
  }
  const [s, b] = [figures.skewed!, figures.balanced!];
  const text = biasText({
    skewedMix: s.mix,
    balancedMix: b.mix,
    skewedTally: s.tally,
    balancedTally: b.tally,
    skewedLarge: s.large,
    balancedLarge: b.large,
    largeN: LARGE_N,
  });
  comparisons.push(comparison(EXAMPLE_SLUGS.bias, 'bias', text, rows));
}

// 4. Model collapse: generation 0 (balanced, real digits) to generation 3.
{
  const rows = [];
  const measures = [];
  const names = ['balanced', 'collapse-1', 'collapse-2', 'collapse-3'];
  for (const [generation, name] of names.entries()) {
    const g = open(name);
    const r = await runs(g.loaded, anyDigit(24), `collapse-${generation}`);
    const drawn = [];
    for (const spec of anyDigit(LARGE_N, 1000)) drawn.push(await drawRun(g.loaded, spec));
    const tiles = drawn.map((d) => d.tile);
    const t = tally(await judgeTiles(judge, tiles));
    const m = {
      generation,
      entropy: entropyBits(t.histogram).toFixed(2),
      distance: meanPairwiseDistance(tiles).toFixed(3),
      withinDistance: meanWithinGroupDistance(
        tiles,
        drawn.map((d) => d.digit),
      ).toFixed(3),
      unclear: t.unclear,
      digitsPresent: t.histogram.filter((c) => c >= LARGE_N * 0.01).length,
    };
    measures.push(m);
    const prompt = `any digit (generation ${generation})`;
    rows.push(
      variant(
        prompt,
        {
          ...g.settings,
          digit: 'any',
          noiseScale: 1,
          temperature: 1,
          generation,
          [`entropy${LARGE_N}`]: m.entropy,
          [`meanDistance${LARGE_N}`]: m.distance,
          [`withinDigitDistance${LARGE_N}`]: m.withinDistance,
          [`unclear${LARGE_N}`]: m.unclear,
          tally: tallyText(r.readings),
        },
        r.runs,
      ),
    );
    disposeLoaded(g.loaded);
    console.log(
      `collapse generation ${generation}: entropy ${m.entropy} bits, distance ${m.distance}, within ${m.withinDistance}, tally ${formatTally(t.histogram)} ?:${t.unclear}`,
    );
  }
  comparisons.push(
    comparison(EXAMPLE_SLUGS.collapse, 'model-collapse', collapseText(measures, LARGE_N), rows),
  );
}

writer.manifest('gan-examples', comparisons);
for (const c of comparisons)
  for (const v of c.variants)
    console.log(
      `${c.slug} | ${v.prompt} | ${JSON.stringify(v.settings.tally ?? v.settings.recognised ?? '')}`,
    );
console.log(
  `wrote ${comparisons.length} comparisons to ${path.relative(ROOT, PACK_DIR)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
