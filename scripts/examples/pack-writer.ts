/** Writes run images (28 × 28 tiles upscaled 8× with nearest neighbour) and the pack manifest. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { tileToPixels } from '../../lib/examples/tile-pixels';
import type { PackComparison } from '../../lib/validation/pack-manifest';
import { packManifestSchema } from '../../lib/validation/pack-manifest';

export const UPSCALE = 8;
export const IMAGE_SIDE = 28 * UPSCALE;

export class PackWriter {
  constructor(readonly dir: string) {
    rmSync(path.join(dir, 'images'), { recursive: true, force: true });
    mkdirSync(path.join(dir, 'images'), { recursive: true });
  }

  /** Stores one run's picture; returns its path relative to the pack. */
  async image(name: string, tile: Uint8Array): Promise<string> {
    const file = `images/${name}.png`;
    const png = await sharp(Buffer.from(tileToPixels(tile, UPSCALE)), {
      raw: { width: IMAGE_SIDE, height: IMAGE_SIDE, channels: 1 },
    })
      .png({ compressionLevel: 9, adaptiveFiltering: false })
      .toBuffer();
    writeFileSync(path.join(this.dir, file), png);
    return file;
  }

  manifest(name: string, comparisons: PackComparison[]): void {
    const manifest = packManifestSchema.parse({
      format: 'prompt-gallery-pack',
      version: 1,
      name,
      comparisons,
    });
    writeFileSync(path.join(this.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
