/**
 * The CPU slowdown Lighthouse's own calculator suggests for a host, from the benchmark index
 * Lighthouse measures on it (lighthouse docs/throttling.md, "Calibrating multipliers"; the
 * calculator's piecewise-linear fit). The default 4× is what it gives for an index of 1533, the
 * fast desktop the mobile preset assumes. This VM's index moves between about 1000 and 2500 from
 * one run to the next (other tenants), so a fixed 4× emulates a different phone each run;
 * calibrating each run by its own index aims every run at the same phone.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined; // too slow to emulate a phone at all
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233; // 1533 → 4×, 2000 → 6×
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500; // 800 → 2×, 1300 → 3×
  return 1 + (benchmarkIndex - 150) / 650; // 150 → 1×, 800 → 2×
}
