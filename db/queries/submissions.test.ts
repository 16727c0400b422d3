import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../connection';
import { createTestDatabase } from '@/lib/testing/test-db';
import { listComparisons } from './list-comparisons';
import { getPublishedComparison } from './get-comparison';
import { createSubmission, getSubmissionByReceipt } from './submissions';

let db: DB;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createTestDatabase()));
afterAll(() => cleanup());

const image = {
  hash: 'a'.repeat(64),
  width: 8,
  height: 8,
  bytes: 10,
  format: 'png' as const,
  variantWidths: [8],
  dominantColor: '#000000',
  placeholder: 'data:,',
  phash: '0'.repeat(16),
};

describe('submissions', () => {
  it('are stored pending, found by receipt hash only, and invisible to the public queries', () => {
    const { slug } = createSubmission(db, {
      title: 'Zebra unicorn',
      caseKind: 'variation',
      locale: 'en',
      receiptTokenHash: 'f'.repeat(64),
      translations: {},
      variants: [{ prompt: 'a zebra', tool: 'X', runs: [{ image }] }],
    });
    const found = getSubmissionByReceipt(db, 'f'.repeat(64), 'en');
    expect(found).toMatchObject({ slug, status: 'pending', source: 'submission' });
    expect(found).not.toHaveProperty('receiptTokenHash');
    expect(getSubmissionByReceipt(db, 'e'.repeat(64), 'en')).toBeNull();
    expect(getPublishedComparison(db, slug, 'en')).toBeNull();
    expect(listComparisons(db, { q: 'zebra' }, 'en').total).toBe(0);
  });
});
