/**
 * Fills a database with `count` published comparisons of 2 variants × 4 runs. The pictures are
 * real ingested images (small, generated), a pool of them reused across runs: the store keeps one
 * copy per content hash, exactly as it does for identical uploads.
 */
import sharp from 'sharp';
import type { DB } from '@/db/connection';
import { createComparison } from '@/db/queries/create-comparison';
import { CASE_KINDS } from '@/db/schema';
import { ingestImage, type IngestedImage } from '@/lib/images/ingest';

const TOOLS = [
  ['DALL·E', 'dall-e-3'],
  ['Midjourney', 'v6'],
  ['Stable Diffusion', 'SDXL 1.0'],
  ['Firefly', 'Image 3'],
] as const;
const WORDS = [
  'CEO',
  'nurse',
  'judge',
  'teacher',
  'classroom',
  'Vermeer',
  'clock',
  'hands',
  'robot',
  'city',
  'forest',
  'cat',
  'kantoor',
  'klaslokaal',
  'fiets',
  'molen',
];

export async function makeImagePool(size: number, imageDir: string): Promise<IngestedImage[]> {
  const pool: IngestedImage[] = [];
  for (let i = 0; i < size; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="100%" height="100%" fill="hsl(${(i * 37) % 360} 60% 50%)"/><circle cx="${100 + (i % 7) * 45}" cy="${120 + (i % 5) * 60}" r="${40 + (i % 9) * 8}" fill="#fff9"/></svg>`;
    pool.push(await ingestImage(await sharp(Buffer.from(svg)).png().toBuffer(), { imageDir }));
  }
  return pool;
}

export function fillGallery(db: DB, count: number, pool: IngestedImage[]) {
  const pick = (n: number) => pool[n % pool.length]!;
  db.$client.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const [tool, model] = TOOLS[i % TOOLS.length]!;
    const word = WORDS[i % WORDS.length]!;
    const runs = (offset: number) =>
      [0, 1, 2, 3].map((r) => ({
        image: pick(i * 8 + offset + r),
        settings: { seed: i * 10 + offset + r },
      }));
    createComparison(db, {
      slug: `bench-${i}`,
      title: `${word} number ${i}`,
      description: `Benchmark comparison ${i} about ${word}.`,
      caseKind: CASE_KINDS[i % CASE_KINDS.length]!,
      locale: i % 3 ? 'en' : 'nl',
      status: 'published',
      source: 'seed',
      publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      variants: [
        {
          prompt: `a ${word} in the style of painting ${i}`,
          tool,
          model,
          settings: { steps: 30 },
          runs: runs(0),
        },
        { prompt: `a ${word}, photo, variant ${i}`, tool, model, runs: runs(4) },
      ],
    });
  }
  db.$client.exec('COMMIT');
}
