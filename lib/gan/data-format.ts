/**
 * The digits binary (public/gan/digits.bin.gz, made by `npm run gan:data`), gunzipped:
 *   bytes 0–3   magic "GAND"       byte 4  format version (1)
 *   bytes 5–8   count (uint32 LE)  bytes 9–12 held-out count (uint32 LE)
 *   count label bytes, then count × 784 pixel bytes (0–255, row-major 28 × 28).
 * The last `heldOut` digits (stratified, 100 per class) are never used for training.
 */
export const DIGITS_MAGIC = 'GAND';
const HEADER_BYTES = 13;
export const PIXELS_PER_DIGIT = 784;

export interface DigitSet {
  count: number;
  heldOut: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

export function encodeDigits(set: DigitSet): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + set.count * (1 + PIXELS_PER_DIGIT));
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = DIGITS_MAGIC.charCodeAt(i);
  out[4] = 1;
  view.setUint32(5, set.count, true);
  view.setUint32(9, set.heldOut, true);
  out.set(set.labels, HEADER_BYTES);
  out.set(set.pixels, HEADER_BYTES + set.count);
  return out;
}

export function decodeDigits(bytes: Uint8Array): DigitSet {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== DIGITS_MAGIC || bytes[4] !== 1) throw new Error('not a digits file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(5, true);
  const heldOut = view.getUint32(9, true);
  if (bytes.length !== HEADER_BYTES + count * (1 + PIXELS_PER_DIGIT) || heldOut > count) {
    throw new Error('digits file has the wrong length');
  }
  return {
    count,
    heldOut,
    labels: bytes.subarray(HEADER_BYTES, HEADER_BYTES + count),
    pixels: bytes.subarray(HEADER_BYTES + count),
  };
}

/** Gunzip with the platform stream (browsers, workers and Node ≥ 18 all have it). */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
