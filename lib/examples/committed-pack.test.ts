import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packManifestSchema } from '@/lib/validation/pack-manifest';
import { EXAMPLE_SLUGS } from './example-slugs';
import { ganRunOf } from './gan-run';
import { parseTally } from './variety';

// Facts about the committed example pack (content/packs/gan-examples), checked without rerunning it.
const root = path.resolve(import.meta.dirname, '../..');
const packDir = path.join(root, 'content/packs/gan-examples');
const manifest = packManifestSchema.parse(
  JSON.parse(readFileSync(path.join(packDir, 'manifest.json'), 'utf8')),
);
const bySlug = (slug: string) => manifest.comparisons.find((c) => c.slug === slug)!;
const num = (v: unknown) => Number(v);

describe('the generated example pack', () => {
  it('holds the four comparisons with their run counts, in both languages', () => {
    const counts = Object.values(EXAMPLE_SLUGS).map((slug) =>
      bySlug(slug).variants.map((v) => v.runs.length),
    );
    expect(counts).toEqual([
      [8, 8],
      [6, 6, 6],
      [24, 24],
      [24, 24, 24, 24],
    ]);
    for (const c of manifest.comparisons) {
      expect(c.translations.nl?.title).toBeTruthy();
      expect(c.description).toMatch(/Questions/);
      expect(c.translations.nl?.description).toMatch(/Vragen/);
    }
  });

  it('records what made every run, and the files are the ones recorded', () => {
    for (const c of manifest.comparisons) {
      for (const v of c.variants) {
        expect(v.tool).toBe('Promptgalerij GAN');
        expect(v.generatedAt).toBe('2026-11-23');
        const file = path.join(root, 'public/examples/models', String(v.settings.checkpoint));
        expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(
          v.settings.checkpointSha256,
        );
        for (const r of v.runs) {
          expect(existsSync(path.join(packDir, r.file))).toBe(true);
          expect(ganRunOf(v.tool, { ...v.settings, ...r.settings })).not.toBeNull();
        }
      }
    }
  });

  it('the skewed generator’s tally leans the way its training data does', () => {
    const [skewed, balanced] = bySlug(EXAMPLE_SLUGS.bias).variants.map((v) =>
      parseTally(String(v.settings.tally500)),
    );
    const share = (h: number[], d: number) => h[d]! / h.reduce((a, b) => a + b, 0);
    expect(share(skewed!, 1)).toBeGreaterThan(0.2); // 31% of its training digits were 1s
    expect(share(skewed!, 1)).toBeGreaterThan(2 * share(balanced!, 1));
    expect(share(skewed!, 8)).toBeLessThan(0.03); // 1% were 8s
    expect(share(skewed!, 8)).toBeLessThan(share(balanced!, 8));
  });

  it('variety within each digit falls with every generation, and odd shapes disappear', () => {
    const rows = bySlug(EXAMPLE_SLUGS.collapse).variants;
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const within = rows.map((v) => num(v.settings.withinDigitDistance500));
    within.slice(1).forEach((d, i) => expect(d).toBeLessThan(within[i]!));
    expect(within.at(-1)!).toBeLessThan(0.8 * within[0]!);
    expect(num(rows.at(-1)!.settings.meanDistance500)).toBeLessThan(
      num(rows[0]!.settings.meanDistance500),
    );
    expect(num(rows.at(-1)!.settings.unclear500)).toBeLessThan(num(rows[0]!.settings.unclear500));
    // The digit mix hardly moves in three generations (docs/examples.md says so): no claim here.
    rows.forEach((v) => expect(num(v.settings.entropy500)).toBeGreaterThan(3));
  });
});
