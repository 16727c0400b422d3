import { expect, test, type Page } from '@playwright/test';
import { E2E_COMPARISONS } from './fixtures/make-pack';
import { E2E_NEAR_DUPLICATES } from './fixtures/near-duplicate-pack';

const useDutch = (page: Page, baseURL: string) => page.context().addCookies([{ name: 'lang', value: 'nl', url: baseURL }]);

test.describe('variation scores', () => {
  test('a comparison shows a score per variant, a heatmap with thumbnails and marks near-duplicates', async ({ page }) => {
    await page.goto(`/gallery/${E2E_NEAR_DUPLICATES.slug}`);
    const section = page.getByTestId('variation-section');
    await expect(section.getByRole('heading', { name: 'How much do the runs differ?' })).toBeVisible();
    const cards = section.getByTestId('variation-score');
    await expect(cards).toHaveCount(2);
    const score = Number(await cards.first().getAttribute('data-score'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    await expect(cards.first().getByTestId('variation-band')).toHaveText(/picture|different|similar/);
    await expect(cards.first().getByTestId('variation-duplicates')).toContainText('runs 1 and 3');
    await expect(cards.nth(1)).toContainText('One run only');

    const heatmaps = section.getByTestId('variation-heatmap');
    await expect(heatmaps).toHaveCount(1); // the one-run variant has none
    const table = heatmaps.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(4);
    // Each header is named once by its thumbnail's alt text; the number drawn beside it is not
    // read a second time ("Run 3 3"), and a near-duplicate run carries the ≈ mark on screen.
    await expect(table.getByRole('rowheader', { name: 'Run 3', exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Run 1', exact: true })).toBeVisible();
    const drawn = (n: number) =>
      table
        .getByRole('columnheader')
        .nth(n)
        .evaluate((th) => getComputedStyle(th, '::after').content);
    expect(await drawn(0)).toMatch(/^"1≈"/); // runs 1 and 3 are the same picture
    expect(await drawn(1)).toMatch(/^"2"/);
    await expect(table.locator('thead img')).toHaveCount(4);
    // The label loads the thumbnail written at ingest (its size rule is in lib/images' tests).
    const label = table.locator('thead img').first();
    await expect
      .poll(() => label.evaluate((img: HTMLImageElement) => img.naturalWidth > 0 && new URL(img.currentSrc).pathname))
      .toMatch(/^\/images\/[0-9a-f]{64}\/thumb\.webp$/);
    // Runs 1 and 3 are the same picture: both cells of the pair are marked, and only those.
    const marked = table.locator('td[data-near-duplicate]');
    await expect(marked).toHaveCount(2);
    await expect(marked.first()).toContainText('near-duplicate');
    const cell = table.getByRole('row').nth(1).getByRole('cell').nth(2); // run 1 × run 3
    await expect(cell).toHaveAttribute('data-near-duplicate', 'true');
    expect(Number((await cell.innerText()).match(/\d+/)![0])).toBeLessThan(10);
  });

  test('a comparison without near-duplicates shows none', async ({ page }) => {
    await page.goto(`/gallery/${E2E_COMPARISONS.vermeer.slug}`);
    const card = page.getByTestId('variation-score');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('No near-duplicates.');
    await expect(page.locator('td[data-near-duplicate]')).toHaveCount(0);
    await expect(page.getByTestId('variation-heatmap').locator('tbody td')).toHaveCount(16);
  });

  test('the explanation page is linked and explains the score in English', async ({ page }) => {
    await page.goto(`/gallery/${E2E_NEAR_DUPLICATES.slug}`);
    await page.getByRole('link', { name: 'How the score is made, and what it cannot see' }).click();
    await expect(page).toHaveURL(/\/measures$/);
    await expect(page.getByRole('heading', { level: 1, name: 'How the variation score is made' })).toBeVisible();
    await expect(page.getByTestId('measures-bands').getByRole('row')).toHaveCount(5);
    await expect(page.getByText('It measures pixels, not meaning.')).toBeVisible();
    await expect(page.getByText(/LPIPS/)).toBeVisible();
  });

  test('both the section and the page speak Dutch', async ({ page, baseURL }) => {
    await useDutch(page, baseURL!);
    await page.goto(`/gallery/${E2E_NEAR_DUPLICATES.slug}`);
    const section = page.getByTestId('variation-section');
    await expect(section.getByRole('heading', { name: 'Hoeveel verschillen de runs?' })).toBeVisible();
    await expect(section.getByTestId('variation-duplicates')).toContainText('runs 1 en 3');
    await expect(section.getByTestId('variation-score').nth(1)).toContainText('Maar één run');
    await expect(section.locator('td[data-near-duplicate]').first()).toContainText('bijna-dubbel');
    await section.getByRole('link', { name: 'Hoe de score wordt gemaakt, en wat hij niet ziet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zo wordt de variatiescore gemaakt' })).toBeVisible();
    await expect(page.getByText('Hij meet pixels, geen betekenis.', { exact: false })).toBeVisible();
    await expect(page.getByText(/0,95/)).toBeVisible();
  });

  test('fits a 375 px phone: the heatmap scrolls inside its box, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/gallery/gan-model-collapse-generations');
    await expect(page.getByTestId('variation-score')).toHaveCount(4);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    // Every row's thumbnail lies inside its scroll box, none pushed out to the left where
    // scrolling cannot reach it.
    const heatmap = page.getByTestId('variation-heatmap').first();
    const leftOverflow = await heatmap.evaluate((figure) => {
      const box = figure.querySelector('[role=region]')!.getBoundingClientRect();
      const thumbs = [...figure.querySelectorAll('tbody th img')];
      const lefts = thumbs.map((img) => img.getBoundingClientRect().left);
      return Math.max(0, ...lefts.map((left) => box.left - left));
    });
    expect(leftOverflow).toBe(0);
  });
});
