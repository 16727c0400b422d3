import { describe, expect, it } from 'vitest';
import { votingOrder } from './order';

describe('votingOrder', () => {
  const runs = Array.from({ length: 12 }, (_, i) => i + 1);

  it('is a permutation that is the same for every voter of one question', () => {
    const order = votingOrder(runs, 7);
    expect([...order].sort((a, b) => a - b)).toEqual(runs);
    expect(votingOrder(runs, 7)).toEqual(order);
    expect(order).not.toEqual(runs);
  });

  it('differs between questions and leaves its input alone', () => {
    expect(votingOrder(runs, 8)).not.toEqual(votingOrder(runs, 7));
    expect(runs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
