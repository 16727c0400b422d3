import type { CSSProperties } from 'react';
import { imageUrl, srcSet } from '@/lib/images/urls';

export type PictureImage = {
  hash: string;
  width: number;
  height: number;
  variantWidths: number[];
  placeholder: string;
  dominantColor: string;
};

/**
 * A run as <picture>: AVIF, then WebP, at the widths on disk, so a phone downloads a small file.
 * width/height reserve the space (no layout shift); the blurred placeholder shows until it loads.
 */
export function RunPicture(props: {
  image: PictureImage;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const { image, alt, sizes, priority } = props;
  const style = {
    backgroundColor: image.dominantColor,
    backgroundImage: `url(${image.placeholder})`,
    '--ar': `${image.width} / ${image.height}`,
  } as CSSProperties;
  const smallest = image.variantWidths[0] ?? image.width;
  return (
    <picture className={`run-picture ${props.className ?? ''}`} style={style}>
      <source type="image/avif" srcSet={srcSet(image.hash, image.variantWidths, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(image.hash, image.variantWidths, 'webp')} sizes={sizes} />
      {/* A plain img, not next/image: the variants are pre-built at ingest */}
      <img
        src={imageUrl(image.hash, { width: smallest, format: 'webp' })}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}
