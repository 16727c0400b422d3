import { expect, test } from '@playwright/test';
import { E2E_COMPARISONS } from './fixtures/make-pack';

const { ceo, vermeer, hands } = E2E_COMPARISONS;

test.describe('browsing the gallery', () => {
  test('the home page shows the lessons and the latest comparisons', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Show your class how image generators behave');
    await expect(page.getByTestId('comparison-card').first()).toBeVisible();
    await page.getByRole('link', { name: 'Browse the gallery' }).click();
    await expect(page).toHaveURL(/\/gallery$/);
  });

  test('cards show title, lesson, tools and a strip of runs that load', async ({ page }) => {
    await page.goto('/gallery');
    const card = page.getByTestId('comparison-card').filter({ hasText: vermeer.title });
    await expect(card).toContainText('Variation');
    await expect(card).toContainText('DALL·E · dall-e-3');
    await expect(card).toContainText('4 runs');
    const thumbs = card.locator('img');
    await expect(thumbs).toHaveCount(4);
    await expect.poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  test('filters by lesson and tool live in the URL', async ({ page }) => {
    await page.goto('/gallery');
    await page.getByLabel('Lesson').selectOption('hallucination');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/kind=hallucination/);
    await expect(page.getByTestId('comparison-card')).toHaveCount(1);
    await expect(page.getByTestId('comparison-card')).toContainText(hands.title);

    await page.goto('/gallery?tool=Stable+Diffusion');
    await expect(page.getByTestId('comparison-card')).toHaveCount(1);
    await expect(page.getByLabel('Tool or model')).toHaveValue('Stable Diffusion');
  });

  test('search finds prompts by prefix, and an empty search says so and offers to clear', async ({ page }) => {
    await page.goto('/gallery');
    await page.getByLabel('Search titles, descriptions and prompts').fill('ipad verm');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=ipad\+verm/);
    await expect(page.getByTestId('comparison-card')).toHaveCount(1);
    await expect(page.getByTestId('comparison-card')).toContainText(vermeer.title);

    await page.goto('/gallery?q=unicornsaurus');
    await expect(page.getByText('Nothing matches “unicornsaurus”.')).toBeVisible();
    await page.getByRole('link', { name: 'Clear search and filters' }).first().click();
    await expect(page).toHaveURL(/\/gallery$/);
    await expect(page.getByTestId('comparison-card').first()).toBeVisible();
  });

  test('a comparison shows variants as rows with metadata and the what-to-notice text', async ({ page }) => {
    await page.goto(`/gallery/${ceo.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A CEO at the office');
    await expect(page.getByRole('heading', { name: 'What to notice' })).toBeVisible();
    const variants = page.locator('section[aria-labelledby^="variant-"]');
    await expect(variants).toHaveCount(2);
    await expect(variants.first()).toContainText('SDXL 1.0');
    await expect(variants.first()).toContainText('DPM++ 2M');
    await expect(variants.first()).toContainText('1024 × 1024');
    await expect(variants.first().getByTestId('run-open')).toHaveCount(4);

    await page.goto(`/gallery/${vermeer.slug}`);
    await expect(page.getByText('Revised prompt (the tool rewrote it)')).toBeVisible();
  });

  test('a run opens large; arrow keys move, Escape closes and focus returns to the run last shown', async ({ page }) => {
    await page.goto(`/gallery/${ceo.slug}`);
    const openers = page.getByTestId('run-open');
    await openers.nth(1).click();
    const viewer = page.getByTestId('run-viewer');
    await expect(viewer).toBeVisible();
    await expect(page.getByTestId('viewer-position')).toContainText('2 of 8');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('viewer-position')).toContainText('3 of 8');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('viewer-position')).toContainText('1 of 8');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('viewer-position')).toContainText('8 of 8');
    await expect(viewer.locator('img')).toHaveAttribute('alt', 'Run 4 of “a CEO in an office, diverse group of people”');
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    // The viewer ended on run 8, so the keyboard carries on from there in the grid.
    await expect(openers.nth(7)).toBeFocused();
    await openers.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('viewer-position')).toContainText('3 of 8');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(viewer).toBeHidden();
    await expect(openers.nth(2)).toBeFocused();
  });

  test('the language switch changes every string, sets <html lang> and is remembered', async ({ page }) => {
    await page.goto('/gallery');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Galerij');
    await page.goto(`/gallery/${ceo.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ceo.title);
    await expect(page.getByRole('heading', { name: 'Let hierop' })).toBeVisible();
  });

  test('a Dutch browser gets Dutch on the first visit', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/gallery');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('link', { name: 'Insturen' })).toBeVisible();
    await context.close();
  });

  test('unknown slugs and images give a real, localized 404', async ({ page }) => {
    const response = await page.goto('/gallery/does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toContainText('Page not found');
    const image = await page.request.get(`/images/${'0'.repeat(64)}/256.webp`);
    expect(image.status()).toBe(404);
    const traversal = await page.request.get('/images/..%2F..%2Fgallery.db/full.png');
    expect(traversal.status()).toBe(404);
    await page.context().addCookies([{ name: 'lang', value: 'nl', url: new URL('/', page.url()).href }]);
    await page.goto('/nergens');
    await expect(page.getByTestId('not-found')).toContainText('Pagina niet gevonden');
  });

  test('images are served immutable with the right type', async ({ page, request }) => {
    await page.goto(`/gallery/${vermeer.slug}`);
    const src = await page.getByTestId('run-open').first().locator('img').getAttribute('src');
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/webp');
    expect(response.headers()['cache-control']).toContain('immutable');
  });
});
