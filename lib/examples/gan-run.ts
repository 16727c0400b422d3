/**
 * Recognises a run made by our own GAN (tool "Promptgalerij GAN" with a pinned checkpoint) and
 * reads back what made it. Pure and client-safe: the gallery's regenerate button uses it.
 */
import type { RunSpec } from './run-inputs';

export const GAN_TOOL = 'Promptgalerij GAN';
/** Checkpoints are served from here (public/examples/models); names are plain, no paths. */
export const EXAMPLE_MODELS_URL = '/examples/models/';
const CHECKPOINT = /^[a-z0-9-]+\.bin$/;

export interface GanRun {
  checkpointUrl: string;
  checkpointSha256: string | null;
  spec: RunSpec;
}

type Settings = Record<string, string | number | boolean | undefined>;

export function ganRunOf(tool: string, settings: Settings): GanRun | null {
  const { checkpoint, seed, noiseScale, digit, checkpointSha256 } = settings;
  if (tool !== GAN_TOOL || typeof checkpoint !== 'string' || !CHECKPOINT.test(checkpoint))
    return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0) return null;
  const scale = typeof noiseScale === 'number' && Number.isFinite(noiseScale) ? noiseScale : 1;
  const asked =
    digit === 'any'
      ? null
      : typeof digit === 'number' && Number.isInteger(digit) && digit >= 0 && digit < 10
        ? digit
        : undefined;
  if (asked === undefined) return null;
  return {
    checkpointUrl: EXAMPLE_MODELS_URL + checkpoint,
    checkpointSha256:
      typeof checkpointSha256 === 'string' && /^[0-9a-f]{64}$/.test(checkpointSha256)
        ? checkpointSha256
        : null,
    spec: { seed, noiseScale: scale, digit: asked },
  };
}

/**
 * Pixel comparison of a fresh 28 × 28 tile (255 = ink) with a stored picture: greyscale values
 * of the stored file (dark ink on white), any multiple of 28 wide, nearest-neighbour upscaled.
 */
export function compareWithStored(
  tile: Uint8Array,
  stored: Uint8Array,
  side: number,
): { differing: number; maxDiff: number; total: number } {
  const factor = side / 28;
  let differing = 0;
  let maxDiff = 0;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const expected = 255 - (tile[Math.floor(y / factor) * 28 + Math.floor(x / factor)] ?? 0);
      const diff = Math.abs(expected - (stored[y * side + x] ?? 0));
      if (diff > 0) differing++;
      if (diff > maxDiff) maxDiff = diff;
    }
  }
  return { differing, maxDiff, total: side * side };
}
