/**
 * Upload limits, shared by the upload form (to refuse early, in the browser) and the pipeline
 * (which enforces them). Plain constants: no sharp here, so client code can import this file.
 */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** About 6,300 × 6,300 px: a decoded RGBA image of this size already takes 160 MB of memory. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Widths of the AVIF and WebP variants; an image is never enlarged to reach one. */
export const VARIANT_WIDTHS = [256, 512, 1024] as const;
/**
 * Side of the square WebP thumbnail that labels a heatmap's rows and columns. A label is at most
 * 2.6rem (about 42 CSS px), so 96 px is sharp at 2×, at about a quarter of the bytes of the
 * 256 px WebP the labels used to load (docs/images.md).
 */
export const THUMB_SIZE = 96;
/** For `<input type="file" accept>`; the server still decides from the bytes. */
export const ACCEPTED_IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/avif',
] as const;
