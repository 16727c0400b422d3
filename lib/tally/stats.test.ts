import { describe, expect, it } from 'vitest';
import { normalizedEntropy, parityDifference, wilsonInterval } from './stats';

describe('wilsonInterval', () => {
  // Reference values: Wilson score interval, z = 1.96 (e.g. R's prop.test(correct = FALSE),
  // statsmodels proportion_confint(method='wilson')).
  it('matches known values for 0/10, 5/10 and 10/10', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.27753, 5);
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.23659, 5);
    expect(half.high).toBeCloseTo(0.76341, 5);
    const all = wilsonInterval(10, 10);
    expect(all.low).toBeCloseTo(0.72247, 5);
    expect(all.high).toBe(1);
  });
  it('matches a larger sample and narrows as n grows', () => {
    const i = wilsonInterval(30, 100);
    expect(i.low).toBeCloseTo(0.2189, 4);
    expect(i.high).toBeCloseTo(0.3958, 4);
    const wide = wilsonInterval(3, 10);
    expect(wide.high - wide.low).toBeGreaterThan(i.high - i.low);
  });
  it('knows nothing without answers', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('parityDifference', () => {
  it('is 0 for an even split and 1 when everyone agrees', () => {
    expect(parityDifference([5, 5, 5])).toBe(0);
    expect(parityDifference([10, 0, 0])).toBe(1);
  });
  it('is the largest share minus the smallest', () => {
    expect(parityDifference([6, 3, 1])).toBeCloseTo(0.5);
    expect(parityDifference([7, 3])).toBeCloseTo(0.4);
  });
  it('is null without answers', () => {
    expect(parityDifference([0, 0])).toBeNull();
  });
});

describe('normalizedEntropy', () => {
  it('is 1 for an even split, 0 for a single option', () => {
    expect(normalizedEntropy([4, 4, 4, 4])).toBeCloseTo(1);
    expect(normalizedEntropy([8, 0, 0])).toBe(0);
  });
  it('matches a hand-computed value', () => {
    // H = −(0.75 ln 0.75 + 0.25 ln 0.25) = 0.5623 nats; / ln 2 = 0.8113
    expect(normalizedEntropy([3, 1])).toBeCloseTo(0.8113, 4);
  });
  it('counts options nobody chose in k', () => {
    // Two of three options even: H = ln 2, / ln 3 = 0.6309
    expect(normalizedEntropy([5, 5, 0])).toBeCloseTo(0.6309, 4);
  });
  it('is null without answers', () => {
    expect(normalizedEntropy([0, 0, 0])).toBeNull();
  });
});
