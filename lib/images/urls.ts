import { VARIANT_WIDTHS } from './limits';

/**
 * File names and URLs of stored images. No sharp and no file system here: pages and client
 * components build `<img src srcset>` from a row with these, and the pipeline and the route use
 * the same names, so the three can never disagree.
 */
export type VariantFormat = 'avif' | 'webp';
export type FullFormat = 'png' | 'jpeg';
export type Variant = { width: number; format: VariantFormat };

export function variantFileName({ width, format }: Variant): string {
  return `${width}.${format}`;
}

export function fullFileName(format: FullFormat): string {
  return format === 'png' ? 'full.png' : 'full.jpg';
}

/** The square thumbnail (THUMB_SIZE), written at ingest; older images answer with a variant. */
export const THUMB_FILE = 'thumb.webp';

/** Variant widths for an image this wide: never enlarged; one own-width variant if very narrow. */
export function variantWidthsFor(width: number): number[] {
  const widths = VARIANT_WIDTHS.filter((w) => w <= width);
  return widths.length > 0 ? widths : [width];
}

// The full file's extension depends on its format, so a 'full' URL cannot be built without it.
export function imageUrl(hash: string, variant: Variant): string;
export function imageUrl(hash: string, variant: 'full', fullFormat: FullFormat): string;
export function imageUrl(hash: string, variant: 'thumb'): string;
export function imageUrl(
  hash: string,
  variant: Variant | 'full' | 'thumb',
  fullFormat?: FullFormat,
): string {
  const file =
    variant === 'full'
      ? fullFileName(fullFormat ?? 'png')
      : variant === 'thumb'
        ? THUMB_FILE
        : variantFileName(variant);
  return `/images/${hash}/${file}`;
}

/** A `srcset` value listing every variant of one format, e.g. for `<source type="image/avif">`. */
export function srcSet(hash: string, variantWidths: number[], format: VariantFormat): string {
  return variantWidths.map((width) => `${imageUrl(hash, { width, format })} ${width}w`).join(', ');
}
