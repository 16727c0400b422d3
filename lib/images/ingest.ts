import 'server-only';
import { createHash } from 'node:crypto';
import type { Sharp } from 'sharp';
import { dominantColorOf, isOpaque, phashOf, placeholderOf } from './describe-pixels';
import { detectFormat } from './detect-format';
import { featuresOf } from './features';
import { ImageRejectedError } from './errors';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, THUMB_SIZE } from './limits';
import { createLimiter, decodePixels, ENCODE, fromPixels, readHeader } from './sharp-setup';
import { storeImageFiles } from './store';
import {
  fullFileName,
  THUMB_FILE,
  variantFileName,
  variantWidthsFor,
  type VariantFormat,
} from './urls';
import type { StoredFeatures } from '@/lib/measure/features';

export type IngestedImage = {
  /** sha256 hex of the normalized full-size file; the content address. */
  hash: string;
  /** After EXIF orientation. */
  width: number;
  height: number;
  /** Size of the normalized full-size file. */
  bytes: number;
  /** PNG if the input had alpha or was lossless (PNG, lossless WebP), else JPEG. */
  format: 'png' | 'jpeg';
  /** Widths written as AVIF and WebP, ascending (see variantWidthsFor); thumb.webp besides. */
  variantWidths: number[];
  dominantColor: string;
  /** A ~16 px wide WebP data URL, shown blurred while the image loads. */
  placeholder: string;
  /** 64-bit DCT perceptual hash, 16 hex digits; compare with hammingDistance. */
  phash: string;
  /** Grey thumbnail and colour histogram for variation scores (row in image_features). */
  features?: StoredFeatures;
};

// Two sharp jobs at a time across all uploads: the server has two cores, and the rest of
// libuv's thread pool stays free for file reads (serving images) and crypto.
const limited = createLimiter(2);
const VARIANT_FORMATS: VariantFormat[] = ['avif', 'webp'];

/**
 * Checks an upload, normalizes it (orientation applied, every piece of metadata dropped, 8-bit
 * sRGB), writes the full-size file and its variants under its content hash, and describes it.
 * Throws ImageRejectedError for anything the uploader must fix; other errors are ours.
 * Decodes once: every output is derived from the same decoded pixels.
 */
export async function ingestImage(
  input: Buffer | Uint8Array,
  // `features: false` only for bench:measure, to time what the features add.
  opts: { imageDir: string; features?: boolean },
): Promise<IngestedImage> {
  const bytes = Buffer.isBuffer(input)
    ? input
    : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) throw new ImageRejectedError('empty', 'The file is empty');
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new ImageRejectedError('too-large', `The file has ${bytes.length} bytes`, {
      bytes: bytes.length,
      maxBytes: MAX_IMAGE_BYTES,
    });
  }
  const sniffed = detectFormat(bytes);
  const header = await limited(() => readHeader(bytes));
  if (sniffed.format === 'avif' && header.compression !== 'av1') {
    throw new ImageRejectedError('unsupported-format', 'HEIF image that is not AVIF', {
      detected: 'heic',
    });
  }
  // Animations are refused, not cut to their first frame: a gallery run is one still picture,
  // and silently showing a frame the uploader did not choose would misrepresent the tool.
  if (sniffed.animated || (header.pages ?? 1) > 1) {
    throw new ImageRejectedError('animated', 'Animated images are not accepted', {
      pages: header.pages,
    });
  }
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw new ImageRejectedError('too-many-pixels', `${header.width} × ${header.height} px`, {
      width: header.width,
      height: header.height,
      maxPixels: MAX_IMAGE_PIXELS,
    });
  }

  const decoded = await limited(() => decodePixels(bytes));
  // Many PNGs carry an alpha channel that is opaque everywhere; dropping it saves encode time.
  const hasAlpha = !isOpaque(decoded);
  const pipeline = () => (hasAlpha ? fromPixels(decoded) : fromPixels(decoded).removeAlpha());
  const format = sniffed.lossless || hasAlpha ? 'png' : 'jpeg';
  const variantWidths = variantWidthsFor(decoded.width);

  const [full, placeholder, dominantColor, phash, features, ...derived] = await Promise.all([
    limited(() =>
      (format === 'png' ? pipeline().png(ENCODE.png) : pipeline().jpeg(ENCODE.jpeg)).toBuffer(),
    ),
    limited(() => placeholderOf(decoded, hasAlpha)),
    limited(() => dominantColorOf(decoded)),
    limited(() => phashOf(decoded)),
    opts.features === false ? undefined : limited(() => featuresOf(decoded)),
    limited(async () => ({ name: THUMB_FILE, data: await encodeThumb(pipeline()) })),
    ...variantWidths.flatMap((width) =>
      VARIANT_FORMATS.map(async (f) => ({
        name: variantFileName({ width, format: f }),
        data: await limited(() => encodeVariant(pipeline(), width, f)),
      })),
    ),
  ]);

  const hash = createHash('sha256').update(full).digest('hex');
  await storeImageFiles(opts.imageDir, hash, [
    { name: fullFileName(format), data: full },
    ...keepSmallerThumb(derived, variantFileName({ width: variantWidths[0]!, format: 'webp' })),
  ]);
  return {
    hash,
    width: decoded.width,
    height: decoded.height,
    bytes: full.length,
    format,
    variantWidths,
    dominantColor,
    placeholder,
    phash,
    ...(features && { features }),
  };
}

/**
 * The thumbnail is there to save bytes, so where the narrowest WebP variant is smaller, its bytes
 * are the thumbnail: pixel art (the example digits, 28 px blown up to 224) compresses better at
 * its own size than scaled to 96 px. The heatmap crops either with object-fit.
 */
function keepSmallerThumb(files: Array<{ name: string; data: Buffer }>, narrowestWebp: string) {
  const variant = files.find((f) => f.name === narrowestWebp);
  return files.map((f) =>
    f.name === THUMB_FILE && variant && variant.data.length < f.data.length
      ? { name: THUMB_FILE, data: variant.data }
      : f,
  );
}

/** Cropped to a centred square, as `object-fit: cover` shows it; a tiny image is enlarged. */
function encodeThumb(pipeline: Sharp) {
  return pipeline
    .resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'cover' })
    .webp(ENCODE.webp)
    .toBuffer();
}

function encodeVariant(pipeline: Sharp, width: number, format: VariantFormat) {
  const resized = pipeline.resize({ width, withoutEnlargement: true });
  return (format === 'avif' ? resized.avif(ENCODE.avif) : resized.webp(ENCODE.webp)).toBuffer();
}
