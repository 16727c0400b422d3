/**
 * The pixel features stored per image at ingest (table image_features) and how they are packed
 * into bytes. Pure: lib/images/features.ts prepares the pixels with sharp, the page only decodes.
 * Changing any size or formula below means a new FEATURE_VERSION: rows with an older version are
 * ignored by the page and recomputed by the start-up backfill.
 */
export const FEATURE_VERSION = 1;
/** Side of the square RGB thumbnail the features are computed from. */
export const FEATURE_SOURCE_SIZE = 64;
/** Side of the stored greyscale thumbnail (SSIM); 2 × 2 averages of the source. */
export const GREY_SIZE = 32;
/** Levels per colour channel: 4 × 4 × 4 = 64 histogram bins. */
export const HISTOGRAM_LEVELS = 4;
export const HISTOGRAM_BINS = HISTOGRAM_LEVELS ** 3;

/** What the page needs of one image: grey thumbnail bytes and a histogram summing to 1. */
export type ImageFeatureData = { grey: Uint8Array; histogram: Float32Array };
/** As stored in the row. */
export type StoredFeatures = { version: number; grey: Buffer; histogram: Buffer };

/**
 * Features from a FEATURE_SOURCE_SIZE² thumbnail, row by row, 3 or 4 channels (alpha ignored:
 * the caller flattens transparency onto white first, as the page shows it).
 */
export function featuresFromRgb(data: Uint8Array, channels: number): ImageFeatureData {
  const size = FEATURE_SOURCE_SIZE;
  if (channels < 3 || data.length !== size * size * channels) {
    throw new Error(`features need ${size} × ${size} RGB pixels`);
  }
  const counts = new Float32Array(HISTOGRAM_BINS);
  const luma = new Float32Array(size * size);
  const step = 256 / HISTOGRAM_LEVELS;
  for (let p = 0, i = 0; p < size * size; p++, i += channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    counts[(Math.floor(r / step) * HISTOGRAM_LEVELS + Math.floor(g / step)) * HISTOGRAM_LEVELS + Math.floor(b / step)]! += 1;
    luma[p] = 0.299 * r + 0.587 * g + 0.114 * b; // Rec. 601, as sharp's greyscale and most SSIM code
  }
  for (let k = 0; k < HISTOGRAM_BINS; k++) counts[k] = counts[k]! / (size * size);
  const grey = new Uint8Array(GREY_SIZE * GREY_SIZE);
  const f = size / GREY_SIZE;
  for (let y = 0; y < GREY_SIZE; y++) {
    for (let x = 0; x < GREY_SIZE; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) for (let dx = 0; dx < f; dx++) sum += luma[(y * f + dy) * size + x * f + dx]!;
      grey[y * GREY_SIZE + x] = Math.round(sum / (f * f));
    }
  }
  return { grey, histogram: counts };
}

export function encodeFeatures({ grey, histogram }: ImageFeatureData): StoredFeatures {
  const hist = Buffer.alloc(HISTOGRAM_BINS * 4);
  histogram.forEach((v, k) => hist.writeFloatLE(v, k * 4));
  return { version: FEATURE_VERSION, grey: Buffer.from(grey), histogram: hist };
}

/** Null for a row of another version or size: such a run is shown as not measured. */
export function decodeFeatures(row: { version: number; grey: Uint8Array; histogram: Uint8Array }): ImageFeatureData | null {
  if (row.version !== FEATURE_VERSION) return null;
  if (row.grey.length !== GREY_SIZE * GREY_SIZE || row.histogram.length !== HISTOGRAM_BINS * 4) return null;
  const view = new DataView(row.histogram.buffer, row.histogram.byteOffset, row.histogram.byteLength);
  const histogram = Float32Array.from({ length: HISTOGRAM_BINS }, (_, k) => view.getFloat32(k * 4, true));
  return { grey: new Uint8Array(row.grey), histogram };
}
