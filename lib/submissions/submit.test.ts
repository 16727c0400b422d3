import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparison, image, promptVariant, runImage } from '@/db/schema';
import type { DB } from '@/db/connection';
import { getComparison } from '@/db/queries/get-comparison';
import { imageDirPath } from '@/lib/images/store';
import { createTestDatabase } from '@/lib/testing/test-db';
import { runFieldName, SUBMISSION_LIMITS } from '@/lib/validation/submission-limits';
import { SubmissionError } from './errors';
import { hashReceiptToken } from './receipt-token';
import { submitComparison, type UploadedFile } from './submit';
import { animatedGif, animatedWebp, jpeg, png, pngDeclaring } from './test-images';

let db: DB;
let imageDir: string;
let cleanup: () => void;
beforeAll(() => {
  const t = createTestDatabase();
  [db, cleanup, imageDir] = [t.db, t.cleanup, path.join(t.dir, 'images')];
});
afterAll(() => cleanup());

const payload = (over: Record<string, unknown> = {}, variants = 1) => ({
  title: 'Een CEO, vier keer',
  caseKind: 'bias',
  description: 'Wie is de CEO?',
  locale: 'nl',
  submitterName: '',
  variants: Array.from({ length: variants }, (_, i) => ({
    prompt: `a CEO at a desk ${i}`,
    tool: 'DALL·E',
    model: '3',
    settings: { seed: '42', steps: '30', guidance: '7,5', sampler: 'Euler a', size: '1024x1024' },
  })),
  ...over,
});
const file = (variant: number, run: number, data: Buffer): UploadedFile => ({
  field: runFieldName(variant, run),
  size: data.length,
  data,
});
const count = (table: typeof comparison | typeof image | typeof runImage | typeof promptVariant) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

/** Refused with exactly these issue codes at these paths, and nothing new in the database. */
async function expectRefused(
  input: { payload: unknown; files: UploadedFile[] },
  expected: Array<{ path: string; code: string }>,
) {
  const before = [count(comparison), count(image), count(runImage), count(promptVariant)];
  const error = await submitComparison(db, input, { imageDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SubmissionError);
  const issues = (error as SubmissionError).issues.map(({ path, code }) => ({ path, code }));
  expect(issues).toEqual(expect.arrayContaining(expected));
  expect([count(comparison), count(image), count(runImage), count(promptVariant)]).toEqual(before);
  return error as SubmissionError;
}

/** Every image row points at files that exist. */
function expectStoreConsistent() {
  for (const row of db.select().from(image).all()) {
    const dir = imageDirPath(imageDir, row.hash);
    expect(fs.existsSync(path.join(dir, row.format === 'png' ? 'full.png' : 'full.jpg'))).toBe(
      true,
    );
    for (const w of row.variantWidths)
      expect(fs.existsSync(path.join(dir, `${w}.webp`))).toBe(true);
  }
}

describe('submitComparison', () => {
  it('stores a valid submission as pending, with a receipt token only its hash is kept of', async () => {
    const result = await submitComparison(
      db,
      {
        payload: payload({}, 2),
        files: [file(0, 0, await png(1)), file(0, 1, await png(2)), file(1, 0, await jpeg(3))],
      },
      { imageDir },
    );
    const row = db
      .select()
      .from(comparison)
      .all()
      .find((c) => c.id === result.id)!;
    expect(row).toMatchObject({ status: 'pending', source: 'submission', submitterName: null });
    expect(row.receiptTokenHash).toBe(hashReceiptToken(result.token));
    expect(row.receiptTokenHash).not.toContain(result.token);
    const detail = getComparison(db, { id: result.id }, 'nl')!;
    expect(detail.variants.map((v) => v.runs.length)).toEqual([2, 1]);
    expect(detail.variants[0]!.settings).toEqual({
      seed: 42,
      steps: 30,
      guidance: 7.5,
      sampler: 'Euler a',
      width: 1024,
      height: 1024,
    });
    expectStoreConsistent();
  });

  it('accepts a JPEG named .png: the bytes decide', async () => {
    const data = await jpeg(11);
    const result = await submitComparison(
      db,
      { payload: payload(), files: [{ ...file(0, 0, data), field: 'variants.0.runs.0' }] },
      { imageDir },
    );
    expect(getComparison(db, { id: result.id }, 'en')!.variants[0]!.runs[0]!.image.format).toBe(
      'jpeg',
    );
  });

  it.each([
    ['an empty file', async () => Buffer.alloc(0), 'fileEmpty'],
    [
      'text renamed .png',
      async () => Buffer.from('just some notes, not a picture\n'),
      'unsupportedFormat',
    ],
    ['a truncated PNG', async () => (await png(5, 64)).subarray(0, 120), 'corrupt'],
    [
      'an SVG',
      async () =>
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'unsupportedFormat',
    ],
    [
      'an HTML file',
      async () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      'unsupportedFormat',
    ],
    ['a PNG declaring 30,000 × 30,000 px', () => pngDeclaring(30_000, 30_000), 'tooManyPixels'],
    ['an animated GIF', animatedGif, 'unsupportedFormat'],
    ['an animated WebP', animatedWebp, 'animated'],
    [
      'a file over 15 MB',
      async () => Buffer.concat([await png(6), Buffer.alloc(SUBMISSION_LIMITS.maxFileBytes)]),
      'fileTooLarge',
    ],
  ])('refuses %s next to its run, storing nothing', async (_name, make, code) => {
    const files = [file(0, 0, await png(20)), file(0, 1, await make())];
    await expectRefused({ payload: payload(), files }, [{ path: 'variants.0.runs.1', code }]);
  });

  it('refuses 13 runs for one variant', async () => {
    const files = await Promise.all(
      Array.from({ length: 13 }, async (_, r) => file(0, r, await png(100 + r, 8))),
    );
    await expectRefused({ payload: payload(), files }, [
      { path: 'variants.0.runs', code: 'tooManyRuns' },
    ]);
  });

  it('refuses a variant without runs, five variants, and a file at an unknown field', async () => {
    await expectRefused({ payload: payload({}, 2), files: [file(0, 0, await png(30))] }, [
      { path: 'variants.1.runs', code: 'runsRequired' },
    ]);
    await expectRefused({ payload: payload({}, 5), files: [] }, [
      { path: 'variants', code: 'tooManyVariants' },
    ]);
    await expectRefused(
      {
        payload: payload(),
        files: [file(0, 0, await png(31)), { field: 'avatar', size: 3, data: Buffer.from('abc') }],
      },
      [{ path: 'avatar', code: 'unexpectedFile' }],
    );
  });

  it('refuses a 100,000-character prompt with a clear error', async () => {
    const p = payload();
    (p.variants[0] as { prompt: string }).prompt = 'x'.repeat(100_000);
    const error = await expectRefused({ payload: p, files: [file(0, 0, await png(40))] }, [
      { path: 'variants.0.prompt', code: 'tooLong' },
    ]);
    expect(error.issues[0]!.params).toEqual({ max: 2000 });
  });

  it('refuses missing and invalid text fields, each with its path', async () => {
    const p = payload({ title: '  \u0007 ', caseKind: 'memes', locale: 'fr' });
    Object.assign(p.variants[0]!, { tool: '', settings: { steps: 'many', size: 'huge' } });
    await expectRefused({ payload: p, files: [file(0, 0, await png(41))] }, [
      { path: 'title', code: 'required' },
      { path: 'caseKind', code: 'invalidChoice' },
      { path: 'locale', code: 'invalidChoice' },
      { path: 'variants.0.tool', code: 'required' },
      { path: 'variants.0.settings.steps', code: 'invalidNumber' },
      { path: 'variants.0.settings.size', code: 'invalidSize' },
    ]);
    await expectRefused({ payload: 'not an object', files: [] }, [
      { path: 'form', code: 'required' },
    ]);
  });

  it('points out the same picture twice (by content) and which runs', async () => {
    const same = await png(50);
    const error = await expectRefused(
      {
        payload: payload({}, 2),
        files: [file(0, 0, same), file(0, 1, await png(51)), file(1, 0, same)],
      },
      [{ path: 'variants.1.runs.0', code: 'duplicateImage' }],
    );
    expect(error.issues[0]!.params).toMatchObject({ variant: 1, run: 1 });
  });

  it('stores <script> and control characters as inert text, without the control characters', async () => {
    const evil = '<script>alert("x")</script>\u0000\u0007\u001b[31m\u202e<b>ok</b>';
    const p = payload({
      title: evil,
      description: `${evil}\nline two\r\nline three`,
      submitterName: evil,
    });
    Object.assign(p.variants[0]!, {
      prompt: `${evil}\nsecond`,
      revisedPrompt: evil,
      tool: evil,
      model: evil,
      settings: { seed: evil, sampler: evil },
    });
    const { id } = await submitComparison(
      db,
      { payload: p, files: [file(0, 0, await png(60))] },
      { imageDir },
    );
    const stored = getComparison(db, { id }, 'nl')!;
    const clean = '<script>alert("x")</script>[31m<b>ok</b>';
    expect(stored.title).toBe(clean);
    expect(stored.submitterName).toBe(clean);
    expect(stored.description).toBe(`${clean}\nline two\nline three`);
    const v = stored.variants[0]!;
    expect([v.prompt, v.revisedPrompt, v.tool, v.model]).toEqual([
      `${clean}\nsecond`,
      clean,
      clean,
      clean,
    ]);
    expect(v.settings).toEqual({ seed: clean, sampler: clean });
    expect(JSON.stringify(stored)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('stores 20 submissions sent at once, intact and consistent', async () => {
    const before = count(comparison);
    const shared = await png(70);
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        submitComparison(
          db,
          {
            payload: payload({ title: `Load ${i}` }, 2),
            files: [
              file(0, 0, shared),
              file(0, 1, await png(200 + i, 16)),
              file(1, 0, await png(300 + i, 16)),
            ],
          },
          { imageDir },
        ),
      ),
    );
    expect(count(comparison)).toBe(before + 20);
    expect(new Set(results.map((r) => r.slug)).size).toBe(20);
    expect(new Set(results.map((r) => r.token)).size).toBe(20);
    for (const [i, r] of results.entries()) {
      const c = getComparison(db, { id: r.id }, 'nl')!;
      expect(c.title).toBe(`Load ${i}`);
      expect(c.variants.map((v) => v.runs.length)).toEqual([2, 1]);
    }
    expectStoreConsistent();
  });
});
