/**
 * The statistics shown under the class's tallies. Pure functions on counts, so the server page,
 * the live client and the tests share them.
 */

/** z for a two-sided 95% interval (the 97.5th percentile of the standard normal). */
export const Z95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a share of `count` out of `total`. Chosen over the textbook
 * p ± z·√(p(1−p)/n) because a class produces small counts and shares near 0 or 1, where that one
 * collapses to a zero-width interval (0/10 would read as "certainly never"). Wilson stays inside
 * [0, 1] and is honest at 0 and n. With no answers there is nothing to estimate: [0, 1].
 */
export function wilsonInterval(count: number, total: number, z = Z95): Interval {
  if (total <= 0) return { low: 0, high: 1 };
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // At 0 and n the bound is exactly 0 or 1; floating point would leave dust like 0.9999999999.
  return {
    low: count <= 0 ? 0 : Math.max(0, centre - half),
    high: count >= total ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Parity difference: the largest share minus the smallest, over every option of the question
 * (options nobody chose count as 0). 0 = an even split; 1 = everyone chose the same option.
 * We use max − min rather than the largest deviation from 1/k because it reads directly off the
 * bars ("the biggest bar is 60 points longer than the smallest") and is the usual demographic
 * parity difference for two groups. Null without answers.
 */
export function parityDifference(counts: readonly number[]): number | null {
  const total = sum(counts);
  if (total === 0 || counts.length < 2) return null;
  return (Math.max(...counts) - Math.min(...counts)) / total;
}

/**
 * Normalized entropy H / log k over all k options: 1 = an even split, 0 = one option only.
 * Null without answers (or with fewer than two options, where evenness means nothing).
 */
export function normalizedEntropy(counts: readonly number[]): number | null {
  const total = sum(counts);
  if (total === 0 || counts.length < 2) return null;
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log(c / total);
  return h / Math.log(counts.length);
}

function sum(values: readonly number[]) {
  return values.reduce((a, b) => a + b, 0);
}
