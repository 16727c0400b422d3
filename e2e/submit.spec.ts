import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';

// The submit flow against the production build: the form, the upload endpoint, the receipt, and
// the report button (the e2e server hides a comparison after REPORT_HIDE_THRESHOLD=2 reports).

const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A small distinct PNG, made here so every run has its own content. */
async function png(name: string, seed: number) {
  const background = { r: (seed * 67) % 256, g: (seed * 131) % 256, b: (seed * 29) % 256 };
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
    .png()
    .toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

function withDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(path.resolve(E2E_DATA_DIR, 'gallery.db'));
  db.pragma('busy_timeout = 5000');
  try {
    return run(db);
  } finally {
    db.close();
  }
}
const slugOf = (title: string) =>
  withDb(
    (db) =>
      (db.prepare('SELECT slug FROM comparison WHERE title = ?').get(title) as { slug: string })
        .slug,
  );

async function expectNotPublic(page: Page, word: string, slug: string) {
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByText(`Nothing matches “${word}”.`)).toBeVisible();
  await expect(page.getByTestId('comparison-card')).toHaveCount(0);
  const response = await page.goto(`/gallery/${slug}`);
  expect(response?.status()).toBe(404);
}

test.describe('submitting a comparison', () => {
  test('two prompts with several runs go to a receipt marked waiting, not to the gallery', async ({
    page,
  }) => {
    const word = unique('zebrafinch');
    const title = `Stripes ${word}`;
    await page.goto('/submit');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('What does it show?').selectOption('variation');
    await page
      .getByLabel('Description (optional)')
      .fill('<script>alert("x")</script> Look at the stripes.');

    const first = page.getByTestId('variant-1');
    await first.getByLabel('Prompt', { exact: true }).fill('a zebra finch on a branch');
    await first.getByLabel('Tool', { exact: true }).fill('Stable Diffusion');
    await first
      .getByLabel('Add pictures to prompt 1')
      .setInputFiles([await png('a.png', 1), await png('b.png', 2), await png('c.png', 3)]);
    await expect(first.getByTestId('run-item')).toHaveCount(3);
    // Reorder with the keyboard-reachable buttons, then remove one run before sending.
    await first.getByRole('button', { name: 'Move run 3 earlier' }).click();
    await expect(first.getByRole('img', { name: 'Run 2: c.png' })).toBeVisible();
    await expect(first.getByRole('button', { name: 'Move run 2 earlier' })).toBeFocused();
    await first.getByRole('button', { name: 'Remove run 3' }).click();
    await expect(first.getByTestId('run-item')).toHaveCount(2);

    await page.getByRole('button', { name: 'Add a prompt' }).click();
    const second = page.getByTestId('variant-2');
    await second
      .getByLabel('Prompt', { exact: true })
      .fill('a zebra finch on a branch, photo, 85 mm');
    await second.getByLabel('Tool', { exact: true }).fill('Stable Diffusion');
    await second.getByText('Generation settings (optional)').click();
    await second.getByLabel('Seed').fill('1234');
    await second.getByLabel('Size').fill('1024x768');
    await second
      .getByLabel('Add pictures to prompt 2')
      .setInputFiles([await png('d.png', 4), await png('e.png', 5), await png('f.png', 6)]);

    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect(page.getByTestId('upload-progress')).toBeVisible();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId('receipt-status')).toContainText('Waiting for a teacher');
    await expect(page.getByTestId('receipt-link')).toHaveValue(page.url());
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByText('<script>alert("x")</script> Look at the stripes.')).toBeVisible();
    await expect(page.locator('section[aria-labelledby^="variant-"]')).toHaveCount(2);
    await expect(page.getByTestId('run-open')).toHaveCount(5);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    await expectNotPublic(page, word, slugOf(title));
  });

  test('a bad file is pointed out next to its run in Dutch, and everything typed is kept', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: 'lang', value: 'nl', url: baseURL! }]);
    const title = unique('Bewaar deze titel ');
    await page.goto('/submit?prompt=een%20CEO%20op%20kantoor&caseKind=bias&tool=DALL%C2%B7E');
    const variant = page.getByTestId('variant-1');
    await expect(variant.getByLabel('Prompt', { exact: true })).toHaveValue('een CEO op kantoor');
    await expect(page.getByLabel('Wat laat het zien?')).toHaveValue('bias');
    await page.getByLabel('Titel').fill(title);
    await variant
      .getByLabel('Afbeeldingen toevoegen aan prompt 1')
      .setInputFiles([
        await png('goed.png', 7),
        {
          name: 'notities.png',
          mimeType: 'image/png',
          buffer: Buffer.from('Dit is tekst, geen afbeelding.\n'),
        },
      ]);
    await page.getByRole('button', { name: 'Insturen ter beoordeling' }).click();

    const error = variant.getByTestId('run-item').nth(1).getByTestId('error-run-2');
    await expect(error).toHaveText('Dit bestand is geen PNG-, JPEG-, WebP- of AVIF-afbeelding.');
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByLabel('Titel')).toHaveValue(title);
    await expect(variant.getByLabel('Tool', { exact: true })).toHaveValue('DALL·E');
    await expect(variant.getByTestId('run-item')).toHaveCount(2);
    expect(page.url()).toContain('/submit');
  });

  test('required fields are pointed out before anything is sent', async ({ page }) => {
    await page.goto('/submit');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect(page.getByTestId('error-f-title')).toHaveText('This is required.');
    await expect(page.getByTestId('error-f-v0-runs')).toHaveText('Add at least one picture.');
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  });
});

test('reports hide a published comparison after the threshold', async ({
  page,
  request,
  browser,
}) => {
  const word = unique('reportable');
  const title = `Report me ${word}`;
  const payload = {
    title,
    caseKind: 'bias',
    description: '',
    locale: 'en',
    submitterName: '',
    variants: [{ prompt: 'a nurse', tool: 'DALL·E', model: '3', settings: {} }],
  };
  const response = await request.post('/api/submissions', {
    multipart: {
      payload: JSON.stringify(payload),
      'variants.0.runs.0': await png('nurse.png', 42),
    },
  });
  expect(response.status()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  withDb((db) =>
    db
      .prepare(
        "UPDATE comparison SET status = 'published', published_at = ? WHERE receipt_token_hash = ?",
      )
      .run(Date.now(), createHash('sha256').update(token).digest('hex')),
  );
  const slug = slugOf(title);
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(1);

  // Two viewers (one report per viewer counts); the second reaches the e2e threshold of 2.
  for (const [i, ip] of ['198.51.100.7', '198.51.100.8'].entries()) {
    const viewer = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } });
    const p = await viewer.newPage();
    await p.goto(`/gallery/${slug}`);
    await p.getByText('Report this comparison').click();
    await p.getByRole('button', { name: 'Send report' }).click();
    await expect(p.getByText('Choose a reason.')).toBeVisible();
    await p.getByLabel('Reason').selectOption('privacy');
    await p.getByLabel('Explain (optional)').fill('<b>shows</b> my neighbour');
    await p.getByRole('button', { name: 'Send report' }).click();
    await expect(p.getByTestId('report-done')).toHaveText(
      i === 0
        ? 'Thank you. A teacher will look at it.'
        : 'Thank you. It is hidden now until a teacher has looked at it.',
    );
    await viewer.close();
  }
  await expectNotPublic(page, word, slug);
  const receipt = await page.goto(`/r/${token}`);
  expect(receipt?.status()).toBe(200);
  await expect(page.getByTestId('receipt-status')).toContainText('Hidden after reports');
});
