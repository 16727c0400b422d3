/**
 * Hellinger distance between two normalized histograms: 0 when the colours are distributed the
 * same way, 1 when no colour bin is shared. Chosen over chi-square because it is bounded (0–1)
 * without tuning and does not blow up on empty bins.
 */
export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) throw new Error('histograms of different sizes');
  let bc = 0; // Bhattacharyya coefficient
  for (let k = 0; k < p.length; k++) bc += Math.sqrt(Math.max(0, p[k]!) * Math.max(0, q[k]!));
  // Float32 storage can put the sum a hair above 1.
  return Math.sqrt(Math.max(0, 1 - Math.min(1, bc)));
}
