import { randomInt } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import type { DB } from '@/db/connection';
import type { PackImages } from './bad-packs';

/** Distinct little PNGs: random noise, so no earlier test stored the same picture. */
export async function freshImages(count: number, format: 'png' | 'jpeg' = 'png'): Promise<PackImages> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const [width, height] = [48 + randomInt(32), 32 + randomInt(32)];
      const data = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
        [format]()
        .toBuffer();
      return { data, width, height };
    }),
  );
}

/** What a refused import must not change: rows in the content tables and image folders on disk. */
export async function footprint(db: DB, imageDir: string) {
  const count = (table: string) => db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))!.n;
  const folders: string[] = [];
  for (const prefix of await readdir(imageDir).catch(() => [])) {
    for (const name of await readdir(path.join(imageDir, prefix)).catch(() => [])) folders.push(`${prefix}/${name}`);
  }
  return {
    comparisons: count('comparison'),
    images: count('image'),
    runs: count('run_image'),
    questions: count('tally_question'),
    votes: count('tally_vote'),
    folders: folders.sort(),
  };
}

export async function writeTemp(dir: string, name: string, data: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, data);
  return file;
}
