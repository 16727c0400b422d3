import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import sharp from 'sharp';
import { badPacks, validPack, type PackImages } from '../lib/packs/testing/bad-packs';
import { packs, readManifest, withoutSlug } from './fixtures/packs-helpers';
import { createTeacher, login, unique } from './fixtures/teacher-helpers';

// Export a comparison as a pack, import it again from the teacher pages, and refuse bad packs.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => createTeacher({ name: 'e2e-teacher', password: 'e2e teacher password' }));

async function importZip(page: Page, file: { name: string; buffer: Buffer } | string, publish = false) {
  await page.goto('/teacher/packs');
  await page.getByLabel(/Pack \(zip file\)|Pakket \(zipbestand\)/).setInputFiles(
    typeof file === 'string' ? file : { ...file, mimeType: 'application/zip' },
  );
  if (publish) await page.getByLabel(/Published in the gallery at once/).check();
  await page.getByTestId('pack-import-submit').click();
}

test('a comparison exported from its page imports again exactly: images by hash, metadata, tallies', async ({ page }, info) => {
  const original = packs.make(unique('rt'));
  await page.goto(`/gallery/${original.slug}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pack-export').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^prompt-gallery-${original.slug}-\\d{4}-\\d\\d-\\d\\d\\.zip$`));
  const zipPath = info.outputPath('export.zip');
  await download.saveAs(zipPath);

  await login(page);
  await importZip(page, zipPath, true);
  const report = page.getByTestId('pack-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('heading')).toHaveText('1 comparison imported');
  // Slug policy: a taken address gets a suffix, and the report says so.
  const item = report.getByTestId('pack-imported');
  const slug = (await item.getAttribute('data-slug'))!;
  expect(slug).toMatch(new RegExp(`^${original.slug}-[0-9a-f]{6}$`));
  await expect(item).toContainText(`The address “${original.slug}” was already in use`);
  await expect(item).toContainText('4 runs · 2 questions · 14 answers');

  const before = packs.describe(original.slug)!;
  const after = packs.describe(slug)!;
  expect(after.images.map((i) => i.hash).sort()).toEqual(before.images.map((i) => i.hash).sort());
  expect(withoutSlug(after)).toEqual(withoutSlug(before));
  expect(after.tallies.reduce((n, t) => n + t.count, 0)).toBe(14);

  await item.getByRole('link').click();
  await expect(page).toHaveURL(`/gallery/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pack round trip ${original.slug.slice(5)}`);
});

test('the gallery exports what its filters show', async ({ page }, info) => {
  const shown = async () => {
    await page.goto('/gallery?kind=bias');
    return Number((await page.getByTestId('result-count').textContent())!.match(/\d+/)![0]);
  };
  const before = await shown();
  const link = page.getByTestId('gallery-pack-export');
  await expect(link).toHaveAttribute('href', '/api/packs/export?kind=bias');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = info.outputPath('gallery.zip');
  await download.saveAs(file);
  const manifest = await readManifest(file);
  // Specs in another worker may publish or delete a comparison meanwhile: the export holds what
  // the gallery showed just before or just after it.
  const after = await shown();
  expect(manifest.comparisons.length).toBeGreaterThanOrEqual(Math.min(before, after, 100));
  expect(manifest.comparisons.length).toBeLessThanOrEqual(Math.min(Math.max(before, after), 100));
  expect(new Set(manifest.comparisons.map((c) => c.caseKind))).toEqual(new Set(['bias']));
});

async function freshImages(): Promise<PackImages> {
  return Promise.all(
    [0, 1].map(async () => {
      const [width, height] = [40 + Math.floor(Math.random() * 40), 30 + Math.floor(Math.random() * 30)];
      const data = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
      return { data, width, height };
    }),
  );
}

/** The pictures as files, for packs.leftovers. */
function savePictures(info: TestInfo, name: string, images: PackImages): string[] {
  return images.map((image, j) => {
    const file = info.outputPath(`${name}-${j}.png`);
    writeFileSync(file, image.data);
    return file;
  });
}

test('every bad pack is refused with a clear message and leaves nothing behind', async ({ page }, info) => {
  test.setTimeout(180_000);
  await login(page);
  const names = badPacks('bad', await freshImages()).map((b) => b.name);
  for (const [i, name] of names.entries()) {
    // Fresh pictures each time, so a refusal after some images were stored must delete them.
    const [slug, images] = [`bad-${unique('p')}`, await freshImages()];
    const pictures = savePictures(info, `pack-${i}`, images);
    const bad = badPacks(slug, images).find((b) => b.name === name)!;
    await importZip(page, { name: `${name.replace(/\W+/g, '-')}.zip`, buffer: bad.zip });
    const refused = page.getByTestId('pack-refused');
    await expect(refused, name).toBeVisible({ timeout: 30_000 });
    await expect(refused.getByRole('heading'), name).toHaveText('Nothing was imported');
    const reason = refused.locator(`li[data-code="${bad.code}"]`).first();
    await expect(reason, name).toBeVisible();
    await expect(reason, name).not.toContainText('packs.refusal');
    expect(packs.leftovers(slug, pictures), name).toEqual({ comparisons: 0, images: 0, folders: 0 });
  }
  // The same check sees what a good pack leaves: its comparison, both pictures, both folders.
  const [slug, images] = [`good-${unique('p')}`, await freshImages()];
  const pictures = savePictures(info, 'good', images);
  await importZip(page, { name: 'good.zip', buffer: validPack(slug, images) }, true);
  await expect(page.getByTestId('pack-report').getByRole('heading')).toHaveText('1 comparison imported', { timeout: 30_000 });
  expect(packs.leftovers(slug, pictures)).toEqual({ comparisons: 1, images: 2, folders: 2 });
});

test('refusals read in Dutch for a Dutch teacher', async ({ page, context }) => {
  await login(page);
  await context.addCookies([{ name: 'lang', value: 'nl', domain: '127.0.0.1', path: '/' }]);
  const bad = badPacks('nl', await freshImages()).find((b) => b.code === 'unsafePath')!;
  await importZip(page, { name: 'pad.zip', buffer: bad.zip });
  const refused = page.getByTestId('pack-refused');
  await expect(refused.getByRole('heading')).toHaveText('Er is niets geïmporteerd');
  await expect(refused).toContainText('„../../evil.png” is geen veilige naam in een pakket');
});
