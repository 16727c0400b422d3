'use client';
import { useLayoutEffect, useRef } from 'react';
import { TILE_SIZE } from '@/lib/gan/protocol';
import { tilesToRgba } from '@/lib/gan/pixels';

interface Props {
  /** Greyscale tiles (protocol format), laid out `rows` × `cols`. */
  pixels: Uint8Array | null;
  rows: number;
  cols: number;
  /** Accessible description; omit for a decorative copy of something described elsewhere. */
  label?: string;
  className?: string;
  testId?: string;
  /** Extra data attribute so tests and tools can see which step is drawn. */
  step?: number;
}

/**
 * Tiles drawn with one putImageData at their native 28 px; CSS scales the canvas up with
 * `image-rendering: pixelated`, which costs the main thread nothing.
 */
export function DigitCanvas({ pixels, rows, cols, label, className, testId, step }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawn = useRef(false);
  const width = cols * TILE_SIZE;
  const height = rows * TILE_SIZE;
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // Blank is the canvas's white background. A 2D context is made only once there is something
    // to draw: the page's first one costs tens of ms, which hydrating /gan should not wait for.
    if (!pixels) {
      if (drawn.current) canvas.getContext('2d')?.clearRect(0, 0, width, height);
      drawn.current = false;
      return;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const rgba = tilesToRgba(pixels, rows, cols, true);
    ctx.putImageData(new ImageData(rgba, width, height), 0, 0);
    drawn.current = true;
  }, [pixels, rows, cols, width, height]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      className={className}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-testid={testId}
      data-step={step}
      style={{ aspectRatio: `${cols} / ${rows}`, background: '#fff' }}
    />
  );
}

/** Copy tiles `indices` out of a tile buffer into a new strip. */
export function pickTiles(pixels: Uint8Array, indices: number[]): Uint8Array {
  const size = TILE_SIZE * TILE_SIZE;
  const out = new Uint8Array(indices.length * size);
  indices.forEach((tile, i) => out.set(pixels.subarray(tile * size, (tile + 1) * size), i * size));
  return out;
}
