import { expect, test } from '@playwright/test';
import { EXAMPLE_SLUGS } from '../lib/examples/example-slugs';

// The example comparisons the project generates itself (content/packs/gan-examples), seeded by
// e2e/prepare.ts, and the regenerate button that redraws a run in the browser.

const expected = [
  { slug: EXAMPLE_SLUGS.variation, variants: 2, runs: 16 },
  { slug: EXAMPLE_SLUGS.temperature, variants: 3, runs: 18 },
  { slug: EXAMPLE_SLUGS.bias, variants: 2, runs: 48 },
  { slug: EXAMPLE_SLUGS.collapse, variants: 4, runs: 96 },
];

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
});

test('the generated example comparisons are seeded with their runs and settings', async ({
  page,
}) => {
  for (const { slug, variants, runs } of expected) {
    await page.goto(`/gallery/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Prompt \d/ })).toHaveCount(variants);
    await expect(page.getByTestId('run-open')).toHaveCount(runs);
    await expect(page.getByText('Promptgalerij GAN').first()).toBeVisible();
    // Each run's own seed, over the settings its variant shares.
    await expect(page.getByText(/^Run 2 · Seed \d+$/).first()).toBeVisible();
  }
  await page.goto(`/gallery/${EXAMPLE_SLUGS.bias}`);
  await expect(page.locator('main')).toContainText('skewed');
});

test('regenerate redraws a run pixel for pixel; a new seed draws another picture', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`/gallery/${EXAMPLE_SLUGS.variation}`);
  await page.getByTestId('run-open').nth(2).click();
  const viewer = page.getByTestId('run-viewer');
  await viewer.getByTestId('regenerate-same').click();
  const verdict = viewer.getByTestId('regenerate-verdict');
  await expect(verdict).toHaveAttribute('data-mode', 'same', { timeout: 60_000 });
  await expect(verdict).toHaveAttribute('data-differing', '0');
  await expect(verdict).toContainText('Identical');
  await expect(viewer).toContainText('WebAssembly');

  await viewer.getByTestId('regenerate-new').click();
  await expect(verdict).toHaveAttribute('data-mode', 'new', { timeout: 60_000 });
  expect(Number(await verdict.getAttribute('data-differing'))).toBeGreaterThan(0);

  // Another run, another generator file (the skewed one, "any digit"): still exact.
  await page.goto(`/gallery/${EXAMPLE_SLUGS.bias}`);
  await page.getByTestId('run-open').nth(5).click();
  await page.getByTestId('regenerate-same').click();
  await expect(page.getByTestId('regenerate-verdict')).toHaveAttribute('data-differing', '0', {
    timeout: 60_000,
  });
});
