/**
 * Measures of variety for a set of generated digits, for the model-collapse example.
 * Pure numbers: tiles are 784 bytes each, histograms are counts per digit.
 */

/** Shannon entropy in bits of a histogram (0 = one digit only, log2(10) ≈ 3.32 = all equal). */
export function entropyBits(histogram: readonly number[]): number {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let h = 0;
  for (const c of histogram) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

/**
 * Mean Euclidean distance between every pair of tiles, pixels scaled to 0–1 and divided by
 * √784, so 0 = identical and 1 = black against white everywhere.
 */
export function meanPairwiseDistance(tiles: readonly Uint8Array[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < tiles.length; i++) {
    for (let j = i + 1; j < tiles.length; j++) {
      const a = tiles[i] as Uint8Array;
      const b = tiles[j] as Uint8Array;
      let d = 0;
      for (let k = 0; k < a.length; k++) {
        const diff = ((a[k] ?? 0) - (b[k] ?? 0)) / 255;
        d += diff * diff;
      }
      sum += Math.sqrt(d / a.length);
      pairs++;
    }
  }
  return pairs ? sum / pairs : 0;
}

/**
 * Mean pairwise distance inside each group (e.g. per digit), averaged over the groups with at
 * least two members: variety within a digit, whatever the mix of digits.
 */
export function meanWithinGroupDistance(
  tiles: readonly Uint8Array[],
  groups: readonly number[],
): number {
  const byGroup = new Map<number, Uint8Array[]>();
  tiles.forEach((t, i) => {
    const g = groups[i] ?? -1;
    byGroup.set(g, [...(byGroup.get(g) ?? []), t]);
  });
  const values = [...byGroup.values()]
    .filter((m) => m.length >= 2)
    .map((m) => meanPairwiseDistance(m));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** "0:2 1:9 …" — compact, greppable, fits a settings value. */
export function formatTally(histogram: readonly number[]): string {
  return histogram.map((c, d) => `${d}:${c}`).join(' ');
}

export function parseTally(text: string): number[] {
  const out = new Array<number>(10).fill(0);
  for (const part of text.trim().split(/\s+/)) {
    const [d, c] = part.split(':').map(Number);
    if (d !== undefined && c !== undefined && Number.isInteger(d) && d >= 0 && d < 10) out[d] = c;
  }
  return out;
}
