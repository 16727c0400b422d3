import { describe, expect, it } from 'vitest';
import { aggregateTallies } from './aggregate';
import { votingOrder } from './order';
import { customOptions, templateOptions } from './templates';

const question = { id: 1, votingOpen: true, options: templateOptions('perceived-gender') };
const variants = [
  { id: 10, runIds: [100, 101] },
  { id: 20, runIds: [200, 201] },
];

describe('aggregateTallies', () => {
  it('pools the runs of a variant and keeps every option, in order', () => {
    const [result] = aggregateTallies([question], variants, [
      { questionId: 1, runId: 100, option: 'man', count: 6 },
      { questionId: 1, runId: 101, option: 'man', count: 2 },
      { questionId: 1, runId: 101, option: 'woman', count: 2 },
      { questionId: 1, runId: 200, option: 'cant-tell', count: 1 },
      // another question's votes and unknown runs or options do not leak in
      { questionId: 2, runId: 100, option: 'man', count: 50 },
      { questionId: 1, runId: 999, option: 'man', count: 50 },
      { questionId: 1, runId: 100, option: 'robot', count: 50 },
    ]);
    const [ceo, diverse] = result!.variants;
    expect(ceo!.total).toBe(10);
    expect(ceo!.options.map((o) => [o.key, o.count, o.share])).toEqual([
      ['woman', 2, 0.2],
      ['man', 8, 0.8],
      ['cant-tell', 0, 0],
    ]);
    expect(ceo!.parity).toBeCloseTo(0.8);
    expect(ceo!.options[1]!.low).toBeGreaterThan(0.4);
    expect(diverse!.total).toBe(1);
    expect(diverse!.entropy).toBe(0);
  });
  it('reports an empty variant without measures', () => {
    const [result] = aggregateTallies([question], variants, []);
    expect(result!.variants[0]).toMatchObject({ total: 0, parity: null, entropy: null });
    expect(result!.variants[0]!.options[0]).toMatchObject({ count: 0, share: 0, low: 0, high: 1 });
  });
});

describe('customOptions', () => {
  it('makes readable, unique keys', () => {
    expect(customOptions(['Glimlacht', 'Kijkt boos', 'Café', 'café', '???']).map((o) => o.key)).toEqual([
      'glimlacht',
      'kijkt-boos',
      'cafe',
      'cafe-2',
      'option-5',
    ]);
  });
});

describe('votingOrder', () => {
  it('is a permutation, the same for the same seed', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const a = votingOrder(items, 42);
    expect([...a].sort()).toEqual(items);
    expect(votingOrder(items, 42)).toEqual(a);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
