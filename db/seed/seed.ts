import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../connection';
import { loadPack, type SeedResult } from './load-pack';

/** Where the example packs the project ships live (one folder per pack). */
export const EXAMPLE_PACKS_DIR = path.join(process.cwd(), 'content', 'packs');

export function listPackDirs(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'manifest.json')))
    .map((d) => path.join(root, d.name))
    .sort();
}

export async function seedPacks(db: DB, packDirs: string[], imageDir: string): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const dir of packDirs) results.push(await loadPack(db, dir, imageDir));
  return results;
}
