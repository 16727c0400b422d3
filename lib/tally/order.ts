/**
 * The order in which a voter sees the images of one question: shuffled, so the runs of one prompt
 * do not come in a block (answers drift when ten similar pictures follow each other), but the same
 * for every voter and every visit, so "image 3 of 8" and the back link stay meaningful.
 */
export function votingOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A small seeded PRNG; quality is ample for shuffling a dozen pictures. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
