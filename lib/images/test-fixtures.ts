import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/**
 * Test images, generated on the fly so no binary fixture is committed. Photo-like means soft
 * blobs of colour at every scale plus seeded grain: it compresses roughly like a generator's
 * output and, like a photo, has its energy spread over the low frequencies the phash reads.
 */
export function photoLike(width: number, height: number, seed = 1, channels: 3 | 4 = 3) {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const size = Math.max(width, height);
  const blobs = Array.from({ length: 12 }, () => ({
    x: random() * width,
    y: random() * height,
    r2: (size * (0.05 + random() * 0.3)) ** 2,
    rgb: [random() - 0.5, random() - 0.5, random() - 0.5].map((c) => c * 260),
  }));
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const rgb = [120, 110, 100];
      for (const b of blobs) {
        const weight = Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / b.r2);
        for (let c = 0; c < 3; c++) rgb[c]! += b.rgb[c]! * weight;
      }
      for (let c = 0; c < 3; c++) data[i + c] = clamp(rgb[c]! + (random() - 0.5) * 24);
      if (channels === 4) data[i + 3] = x < width / 2 ? 255 : 64;
    }
  }
  return sharp(data, { raw: { width, height, channels } });
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** Left half red, right half blue: shows which way the picture was turned. */
export function halves(width: number, height: number) {
  const left = {
    input: { create: { width: width / 2, height, channels: 3 as const, background: '#ff0000' } },
    left: 0,
    top: 0,
  };
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } }).composite([left]);
}

/** A JPEG taken "sideways": orientation 6 and a GPS position in its EXIF. */
export function sidewaysJpegWithGps(): Promise<Buffer> {
  return halves(300, 200)
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1' } })
    .jpeg()
    .toBuffer();
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), data.length + 8);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A valid PNG header declaring a size, followed by a scrap of data: a decompression bomb. */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG with an animation control chunk (APNG) inserted after its header. */
export async function apng(): Promise<Buffer> {
  const png = await photoLike(32, 32).png().toBuffer();
  const afterIhdr = 8 + 12 + 13;
  const actl = pngChunk('acTL', Buffer.from([0, 0, 0, 2, 0, 0, 0, 0]));
  return Buffer.concat([png.subarray(0, afterIhdr), actl, png.subarray(afterIhdr)]);
}

/** Three frames stacked vertically, written as an animated GIF or WebP. */
export function threeFrames() {
  const frames = Buffer.alloc(20 * 60 * 3);
  for (let i = 0; i < frames.length; i++) frames[i] = (i * 13) % 256;
  return sharp(frames, { raw: { width: 20, height: 60, channels: 3, pageHeight: 20 } });
}
