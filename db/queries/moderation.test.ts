import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/test-db';
import { report, type CaseKind } from '../schema';
import { createComparison } from './create-comparison';
import { getComparison } from './get-comparison';
import { listComparisons } from './list-comparisons';
import {
  approveComparison,
  hideComparison,
  listReports,
  rejectComparison,
  resolveReport,
  updateComparisonDetails,
} from './moderation';
import { listForModeration, moderationCounts } from './moderation-lists';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);

let n = 0;
function fakeImage() {
  n += 1;
  const hash = n.toString(16).padStart(64, '0');
  return {
    hash,
    width: 512,
    height: 512,
    bytes: 1000,
    format: 'png' as const,
    variantWidths: [256, 512],
    dominantColor: '#888888',
    placeholder: 'data:image/webp;base64,AA',
    phash: '0'.repeat(16),
  };
}

function pending(title: string, caseKind: CaseKind = 'variation') {
  return createComparison(db, {
    title,
    description: 'A description',
    caseKind,
    locale: 'en',
    status: 'pending',
    variants: [
      {
        prompt: `prompt for ${title}`,
        tool: 'Tool',
        runs: [{ image: fakeImage() }, { image: fakeImage() }],
      },
      { prompt: 'second prompt', tool: 'Tool', runs: [{ image: fakeImage() }] },
    ],
  });
}

const statusOf = (id: number) => getComparison(db, { id }, 'en')!.status;
const addReport = (comparisonId: number, reason: string) =>
  db.insert(report).values({ comparisonId, reason }).returning({ id: report.id }).get().id;

describe('moderation queue', () => {
  it('lists pending items oldest first with counts and a thumbnail', () => {
    const a = pending('Queue first');
    const b = pending('Queue second');
    const { items, total } = listForModeration(db, 'pending');
    expect(total).toBe(2);
    expect(items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(items[0]).toMatchObject({
      variantCount: 2,
      runCount: 3,
      openReports: 0,
      status: 'pending',
    });
    expect(items[0]!.thumb?.width).toBe(512);
    expect(moderationCounts(db).pending).toBe(2);
  });

  it('approve publishes with publishedAt, and the gallery (and its search) shows it', () => {
    const { id } = pending('Approve zebrafinch');
    const before = listComparisons(db, { q: 'zebrafinch' }, 'en');
    expect(before.total).toBe(0);
    const now = new Date('2025-04-01T10:00:00Z');
    expect(approveComparison(db, id, now)).toBe(true);
    const row = getComparison(db, { id }, 'en')!;
    expect(row.status).toBe('published');
    expect(row.publishedAt?.getTime()).toBe(now.getTime());
    expect(listComparisons(db, { q: 'zebrafinch' }, 'en').items.map((i) => i.id)).toEqual([id]);
    expect(approveComparison(db, id)).toBe(false); // already published: nothing to do
  });

  it('reject keeps the reason and the item stays out of the gallery', () => {
    const { id } = pending('Reject okapi');
    expect(rejectComparison(db, id, '  Not a comparison of prompts. ')).toBe(true);
    const row = getComparison(db, { id }, 'en')!;
    expect(row.status).toBe('rejected');
    expect(row.moderationNote).toBe('Not a comparison of prompts.');
    expect(listComparisons(db, { q: 'okapi' }, 'en').total).toBe(0);
    expect(listForModeration(db, 'rejected').items.map((i) => i.id)).toContain(id);
  });

  it('hide takes a published item down; a pending one cannot be hidden', () => {
    const { id } = pending('Hide narwhal');
    expect(hideComparison(db, id)).toBe(false);
    approveComparison(db, id);
    expect(hideComparison(db, id, 'Reported twice')).toBe(true);
    expect(statusOf(id)).toBe('hidden');
    expect(listComparisons(db, { q: 'narwhal' }, 'en').total).toBe(0);
  });

  it('edit changes title, description and case kind but not the slug, and search follows', () => {
    const { id, slug } = pending('Edit before');
    expect(
      updateComparisonDetails(db, id, {
        title: ' Edited axolotl ',
        description: 'New text',
        caseKind: 'bias',
      }),
    ).toBe(true);
    approveComparison(db, id);
    const row = getComparison(db, { id }, 'en')!;
    expect(row).toMatchObject({
      title: 'Edited axolotl',
      description: 'New text',
      caseKind: 'bias',
      slug,
    });
    expect(listComparisons(db, { q: 'axolotl' }, 'en').items.map((i) => i.id)).toEqual([id]);
    expect(
      updateComparisonDetails(db, 999_999, { title: 'x', description: '', caseKind: 'bias' }),
    ).toBe(false);
  });
});

describe('reports', () => {
  it('lists open reports with their comparison, resolves them, and restoring resolves the rest', () => {
    const { id } = pending('Reported item');
    approveComparison(db, id);
    const first = addReport(id, 'Shows a real person');
    const second = addReport(id, 'Offensive');
    const open = listReports(db);
    expect(open.map((r) => r.id)).toEqual([second, first]);
    expect(open[0]!.comparison).toMatchObject({ id, title: 'Reported item', status: 'published' });
    expect(moderationCounts(db).openReports).toBe(2);

    expect(resolveReport(db, first)).toBe(true);
    expect(resolveReport(db, first)).toBe(false);
    expect(listReports(db).map((r) => r.id)).toEqual([second]);
    expect(listReports(db, { resolved: true }).map((r) => r.id)).toEqual([first]);

    hideComparison(db, id);
    approveComparison(db, id);
    expect(listReports(db)).toEqual([]);
    expect(listReports(db, { comparisonId: id, resolved: true })).toHaveLength(2);
  });
});
