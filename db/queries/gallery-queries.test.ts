import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/test-db';
import type { DB } from '../connection';
import type { CaseKind } from '../schema';
import { createComparison, type StoredImage } from './create-comparison';
import { getComparison, getPublishedComparison } from './get-comparison';
import { listComparisons, listToolOptions, PAGE_SIZE } from './list-comparisons';

const fakeImage = (n: number): StoredImage => ({
  hash: n.toString(16).padStart(64, '0'),
  width: 64, height: 48, bytes: 1000, format: 'png', variantWidths: [64],
  dominantColor: '#336699', placeholder: 'data:image/webp;base64,AAAA', phash: '0'.repeat(16),
});

let db: DB;
let cleanup: () => void;
let published = 0;

function add(title: string, opts: { kind?: CaseKind; tool?: string; model?: string; prompt?: string; status?: 'published' | 'pending'; locale?: 'nl' | 'en'; description?: string } = {}) {
  const status = opts.status ?? 'published';
  if (status === 'published') published++;
  return createComparison(db, {
    title, description: opts.description ?? '', caseKind: opts.kind ?? 'variation', locale: opts.locale ?? 'en', status, source: 'seed',
    publishedAt: status === 'published' ? new Date(Date.UTC(2026, 0, 1) + published * 60_000) : null,
    variants: [
      { prompt: opts.prompt ?? title, tool: opts.tool ?? 'DALL·E', model: opts.model ?? 'dall-e-3', runs: [1, 2, 3, 4, 5].map((i) => ({ image: fakeImage(i), settings: { seed: i } })) },
      { prompt: `${opts.prompt ?? title} again`, tool: 'Firefly', runs: [{ image: fakeImage(9) }] },
    ],
  });
}

beforeAll(() => {
  ({ db, cleanup } = createTestDatabase());
  add('Een CEO op kantoor', { kind: 'bias', tool: 'Stable Diffusion', model: 'SDXL', prompt: 'a CEO', locale: 'nl', description: 'Wie zie je? Een geïnspireerde vraag.' });
  add('Klaslokaal in de stijl van Vermeer', { prompt: 'a classroom full of children using iPads', locale: 'nl' });
  add('Hands and clocks', { kind: 'hallucination', tool: 'Midjourney', model: 'v6', prompt: 'hands holding a clock' });
  add('Secret pending submission', { status: 'pending', prompt: 'unpublished zebra' });
  for (let i = 0; i < 30; i++) add(`Filler ${i}`, { prompt: `filler prompt ${i}` });
});
afterAll(() => cleanup());

describe('listComparisons', () => {
  it('lists only published comparisons, newest first, with counts and the first runs', () => {
    const page = listComparisons(db, {}, 'en');
    expect(page.total).toBe(published);
    expect(page.items[0]!.title).toBe('Filler 29');
    const ceo = listComparisons(db, { q: 'CEO' }, 'en').items[0]!;
    expect(ceo).toMatchObject({ variantCount: 2, runCount: 6, caseKind: 'bias' });
    expect(ceo.thumbs).toHaveLength(4);
    expect(ceo.tools).toEqual(['Stable Diffusion · SDXL', 'Firefly']);
  });

  it('filters by case kind, tool, tool and model, and language', () => {
    expect(listComparisons(db, { caseKind: 'bias' }, 'en').items.map((c) => c.title)).toEqual(['Een CEO op kantoor']);
    expect(listComparisons(db, { tool: 'Midjourney' }, 'en').total).toBe(1);
    expect(listComparisons(db, { tool: 'Midjourney|v6' }, 'en').total).toBe(1);
    expect(listComparisons(db, { tool: 'Midjourney|v5' }, 'en').total).toBe(0);
    expect(listComparisons(db, { tool: 'Firefly' }, 'en').total).toBe(published);
    expect(listComparisons(db, { locale: 'nl' }, 'en').total).toBe(2);
  });

  it('searches titles, descriptions and prompts with prefixes, ignoring accents and case', () => {
    expect(listComparisons(db, { q: 'klas' }, 'en').items.map((c) => c.title)).toEqual(['Klaslokaal in de stijl van Vermeer']);
    expect(listComparisons(db, { q: 'ipad child' }, 'en').total).toBe(1);
    expect(listComparisons(db, { q: 'geinspireerde' }, 'en').total).toBe(1);
    expect(listComparisons(db, { q: 'CLOCK' }, 'en').total).toBe(1);
    expect(listComparisons(db, { q: 'again' }, 'en').total).toBe(published);
  });

  it('finds nothing for unknown words, pending items, or bare punctuation, without errors', () => {
    expect(listComparisons(db, { q: 'zebra' }, 'en').total).toBe(0);
    expect(listComparisons(db, { q: 'xyzzy' }, 'en').total).toBe(0);
    expect(listComparisons(db, { q: '"*) OR (' }, 'en').total).toBe(0);
    expect(listComparisons(db, { q: 'AND NOT' }, 'en').total).toBe(0);
  });

  it('pages through everything exactly once and clamps out-of-range pages', () => {
    const first = listComparisons(db, { page: 1 }, 'en');
    const second = listComparisons(db, { page: 2 }, 'en');
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(published / PAGE_SIZE));
    expect(second.items).toHaveLength(first.total - PAGE_SIZE);
    const ids = new Set([...first.items, ...second.items].map((c) => c.id));
    expect(ids.size).toBe(first.total);
    expect(listComparisons(db, { page: 99 }, 'en').page).toBe(second.page);
  });

  it('offers the tools and models of published comparisons only', () => {
    const options = listToolOptions(db);
    expect(options).toContainEqual({ tool: 'Midjourney', model: 'v6' });
    expect(options.filter((o) => o.tool === 'DALL·E')).toEqual([{ tool: 'DALL·E', model: 'dall-e-3' }]);
  });

  it('sees a new tool as soon as a comparison with it is published', () => {
    expect(listToolOptions(db).some((o) => o.tool === 'Imagen')).toBe(false);
    add('Imagen example', { tool: 'Imagen', model: '3' });
    expect(listToolOptions(db)).toContainEqual({ tool: 'Imagen', model: '3' });
  });
});

describe('getComparison', () => {
  it('returns variants as rows and runs as columns in order, with merged metadata', () => {
    const c = getPublishedComparison(db, listComparisons(db, { q: 'CEO' }, 'en').items[0]!.slug, 'en')!;
    expect(c.variants.map((v) => v.position)).toEqual([0, 1]);
    expect(c.variants[0]!.runs.map((r) => r.settings.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(c.variants[0]!.runs[0]!.image.width).toBe(64);
  });
  it('hides unpublished comparisons from the public lookup', () => {
    const { slug } = add('Another pending', { status: 'pending' });
    expect(getPublishedComparison(db, slug, 'en')).toBeNull();
    expect(getComparison(db, { slug }, 'en')?.status).toBe('pending');
  });
});

describe('createComparison', () => {
  it('gives unique slugs and shares identical images', () => {
    const a = add('Same title');
    const b = add('Same title');
    expect(a.slug).toBe('same-title');
    expect(b.slug).toMatch(/^same-title-[0-9a-f]{6}$/);
    const count = db.$client.prepare('SELECT count(*) AS n FROM image').get() as { n: number };
    expect(count.n).toBe(6);
  });
  it('writes nothing when any part fails', () => {
    const before = db.$client.prepare('SELECT (SELECT count(*) FROM comparison) + (SELECT count(*) FROM prompt_variant) AS n').get();
    expect(() =>
      createComparison(db, {
        title: 'Broken', caseKind: 'bias', locale: 'en', status: 'published', source: 'seed',
        variants: [{ prompt: 'p', tool: 't', runs: [{ image: fakeImage(1) }, { image: { ...fakeImage(2), width: null as unknown as number } }] }],
      }),
    ).toThrow();
    const after = db.$client.prepare('SELECT (SELECT count(*) FROM comparison) + (SELECT count(*) FROM prompt_variant) AS n').get();
    expect(after).toEqual(before);
    expect(listComparisons(db, { q: 'Broken' }, 'en').total).toBe(0);
  });
});
