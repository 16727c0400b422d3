import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown } from './cpu-calibration';

describe('calibratedCpuSlowdown', () => {
  it("gives Lighthouse's default 4× for the fast desktop its mobile preset assumes", () => {
    expect(calibratedCpuSlowdown(1533)).toBeCloseTo(4, 2);
  });

  it('slows a faster host more and a slower one less, continuously across the fit’s pieces', () => {
    expect(calibratedCpuSlowdown(2000)).toBeCloseTo(6, 2);
    expect(calibratedCpuSlowdown(1300)).toBeCloseTo(3, 5);
    expect(calibratedCpuSlowdown(1299.99)).toBeCloseTo(3, 3);
    expect(calibratedCpuSlowdown(800)).toBeCloseTo(2, 5);
    expect(calibratedCpuSlowdown(799.99)).toBeCloseTo(2, 3);
    expect(calibratedCpuSlowdown(150)).toBeCloseTo(1, 5);
  });

  it('declines a host too slow to emulate a phone, and a missing index', () => {
    expect(calibratedCpuSlowdown(149)).toBeUndefined();
    expect(calibratedCpuSlowdown(Number.NaN)).toBeUndefined();
  });
});
