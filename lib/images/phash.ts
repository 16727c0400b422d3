/**
 * 64-bit DCT perceptual hash (pHash), used to find near-duplicate runs (a generator returning the
 * same picture for different seeds, or one image uploaded twice after re-encoding). Pure math on
 * pixels the pipeline prepares: 32 × 32, 8-bit greyscale, row by row.
 */
export const PHASH_SIZE = 32;
const LOW = 8;

// cos((2x + 1)uπ / 2N) for the 1 + 8 lowest frequencies u, computed once.
const COS = Array.from({ length: LOW + 1 }, (_, u) =>
  Float64Array.from({ length: PHASH_SIZE }, (_, x) =>
    Math.cos(((2 * x + 1) * u * Math.PI) / (2 * PHASH_SIZE)),
  ),
);

/**
 * DCT-II of the 32 × 32 image, keep the 8 × 8 lowest frequencies after skipping the DC row and
 * column (as pHash.org does: they carry overall brightness, not structure, and skipping them
 * makes all 64 bits informative), and set a bit for each coefficient above their median.
 */
export function phashFromGrey(pixels: Uint8Array): string {
  if (pixels.length !== PHASH_SIZE * PHASH_SIZE)
    throw new Error('phash needs 32 × 32 greyscale pixels');
  // Separable DCT: rows first (only the frequencies we keep), then columns.
  const rows = Array.from({ length: PHASH_SIZE }, (_, y) =>
    COS.map((c) => c.reduce((sum, cos, x) => sum + cos * pixels[y * PHASH_SIZE + x]!, 0)),
  );
  const coefficients: number[] = [];
  for (let v = 1; v <= LOW; v++) {
    for (let u = 1; u <= LOW; u++) {
      coefficients.push(COS[v]!.reduce((sum, cos, y) => sum + cos * rows[y]![u]!, 0));
    }
  }
  const sorted = [...coefficients].sort((a, b) => a - b);
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let i = 0; i < 64; i += 4) {
    const nibble = coefficients
      .slice(i, i + 4)
      .reduce((n, c) => (n << 1) | (c > median ? 1 : 0), 0);
    hex += nibble.toString(16);
  }
  return hex;
}

const PHASH_RE = /^[0-9a-f]{16}$/i;

/** Number of differing bits between two phashes: 0 = same picture, above ~20 = unrelated. */
export function hammingDistance(a: string, b: string): number {
  if (!PHASH_RE.test(a) || !PHASH_RE.test(b)) throw new Error('a phash is 16 hex digits');
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  for (; x > 0n; x &= x - 1n) bits++;
  return bits;
}
