import { ImageRejectedError } from './errors';

/**
 * Decides an upload's format from its first bytes (magic numbers), never from its name or
 * declared type, which the browser takes from the file name. No sharp here: this runs before
 * any decoder sees the bytes, so formats we do not accept never reach libvips at all.
 */
export type AcceptedFormat = 'png' | 'jpeg' | 'webp' | 'avif';
export type Sniffed = {
  format: AcceptedFormat;
  /** APNG, animated WebP or an AVIF image sequence: refused as 'animated' by the pipeline. */
  animated: boolean;
  /** Lossless WebP: stored full-size as PNG, like PNG input, so no quality is lost. */
  lossless: boolean;
};

const ascii = (b: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...b.subarray(start, Math.min(end, b.length)));
const u32be = (b: Uint8Array, at: number) =>
  at + 4 <= b.length
    ? ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
    : -1;
const u32le = (b: Uint8Array, at: number) =>
  at + 4 <= b.length
    ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
    : -1;

// Refused on purpose: GIF because a gallery of still generator outputs would silently lose an
// animation (and palettes mangle photos); SVG and HTML because they are documents that can carry
// scripts; HEIC because browsers cannot show it and its decoder is patent-encumbered.
const REFUSED: Array<[string, (b: Uint8Array) => boolean]> = [
  ['gif', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['pdf', (b) => ascii(b, 0, 5) === '%PDF-'],
  ['tiff', (b) => ['II*\0', 'MM\0*'].includes(ascii(b, 0, 4))],
  ['bmp', (b) => ascii(b, 0, 2) === 'BM'],
  ['jpeg-xl', (b) => (b[0] === 0xff && b[1] === 0x0a) || ascii(b, 4, 12) === 'JXL \r\n\x87\n'],
  [
    'svg',
    (b) =>
      /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(head(b)),
  ],
  ['html', (b) => /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/i.test(head(b))],
  ['xml', (b) => head(b).startsWith('<?xml')],
  ['text', isText],
];

/** Valid UTF-8 without control characters, judged on the first 512 bytes. */
function isText(b: Uint8Array): boolean {
  try {
    const start = new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, 512), {
      stream: true,
    });
    return !/[\x00-\x08\x0e-\x1f\x7f]/.test(start);
  } catch {
    return false;
  }
}

/** The start of the file as text, without a byte-order mark or leading white space. */
function head(b: Uint8Array): string {
  return ascii(b, 0, 1024).replace(/^(\xef\xbb\xbf)?\s*/, '');
}

export function detectFormat(b: Uint8Array): Sniffed {
  if (u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) {
    return { format: 'png', animated: pngHasChunkBeforeData(b, 'acTL'), lossless: true };
  }
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    return { format: 'jpeg', animated: false, lossless: false };
  }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') {
    const first = ascii(b, 12, 16);
    const animated = first === 'VP8X' && ((b[20] ?? 0) & 0x02) !== 0;
    return { format: 'webp', animated, lossless: webpChunks(b).includes('VP8L') };
  }
  const brands = isoBrands(b);
  if (brands.includes('avif') || brands.includes('avis')) {
    return { format: 'avif', animated: brands[0] === 'avis', lossless: false };
  }
  const heic = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];
  const kind = brands.some((x) => heic.includes(x))
    ? 'heic'
    : (REFUSED.find(([, test]) => test(b))?.[0] ?? 'unknown');
  throw new ImageRejectedError(
    'unsupported-format',
    `Only PNG, JPEG, WebP and AVIF images are accepted; this file looks like ${kind}`,
    { detected: kind },
  );
}

/** PNG chunks are length, type, data, CRC; an APNG announces itself with acTL before IDAT. */
function pngHasChunkBeforeData(b: Uint8Array, wanted: string): boolean {
  for (let at = 8; at + 8 <= b.length;) {
    const type = ascii(b, at + 4, at + 8);
    if (type === wanted) return true;
    if (type === 'IDAT') return false;
    at += 12 + u32be(b, at);
  }
  return false;
}

/** The four-character codes of a WebP file's RIFF chunks (sizes are little-endian, padded). */
function webpChunks(b: Uint8Array): string[] {
  const codes: string[] = [];
  for (let at = 12; at + 8 <= b.length && codes.length < 64;) {
    codes.push(ascii(b, at, at + 4));
    at += 8 + u32le(b, at + 4) + (u32le(b, at + 4) & 1);
  }
  return codes;
}

/** Major and compatible brands of an ISO-BMFF 'ftyp' box (AVIF, HEIC, MP4 all start so). */
function isoBrands(b: Uint8Array): string[] {
  if (ascii(b, 4, 8) !== 'ftyp') return [];
  const end = Math.min(u32be(b, 0), b.length, 256);
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, at + 4));
  return brands;
}
