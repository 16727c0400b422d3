import sharp from 'sharp';
import { crc32 } from 'node:zlib';

/** Small generated pictures for tests; `seed` makes each one distinct. */
export function png(seed: number, size = 24): Promise<Buffer> {
  const channels = 3;
  const raw = Buffer.alloc(size * size * channels);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * (seed + 7) + seed * 31) % 256;
  return sharp(raw, { raw: { width: size, height: size, channels } })
    .png()
    .toBuffer();
}

export async function jpeg(seed: number): Promise<Buffer> {
  return sharp(await png(seed))
    .jpeg()
    .toBuffer();
}

export async function animatedWebp(): Promise<Buffer> {
  return sharp([await png(1), await png(2)], { join: { animated: true } })
    .webp()
    .toBuffer();
}

export async function animatedGif(): Promise<Buffer> {
  return sharp([await png(1), await png(2)], { join: { animated: true } })
    .gif()
    .toBuffer();
}

/** A real PNG whose header claims width × height (with a valid checksum), like a decompression bomb. */
export async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const file = Buffer.from(await png(3));
  // IHDR data starts at byte 16: width, height; its CRC covers type + data (bytes 12..29).
  file.writeUInt32BE(width, 16);
  file.writeUInt32BE(height, 20);
  file.writeUInt32BE(crc32(file.subarray(12, 29)) >>> 0, 29);
  return file;
}
