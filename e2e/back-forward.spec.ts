import { expect, test, type Page } from '@playwright/test';

// "Back" on a phone should show the page just left at once, not fetch it again over school Wi-Fi:
// public pages may enter the browser's back/forward cache (Cache-Control without no-store; see
// lib/page-cache/browser-copy.ts), private ones may not. Playwright turns that cache off in the
// browsers it launches, so these tests launch one with it on.

/** Marks the current document; the mark survives only if "back" restores this very document. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { marked: boolean }).marked = true;
  });
const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);

test.describe('back/forward cache', () => {
  test('public pages come back at once; teacher pages are fetched again', async ({ playwright, baseURL }, info) => {
    const browser = await playwright.chromium.launch({
      ...info.project.use.launchOptions,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    try {
      const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-GB' });
      const page = await context.newPage();

      for (const path of ['/gallery', '/lesson']) {
        const response = await page.goto(path);
        expect(response?.headers()['cache-control'], path).toBe('private, no-cache');
        await mark(page);
        await page.goto('/privacy');
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        expect(await isSameDocument(page), `${path} restored from the back/forward cache`).toBe(true);
      }

      // A language chosen on another page meanwhile: the restored page is fetched again in it.
      await page.goto('/gallery');
      await mark(page);
      await page.goto('/privacy');
      await context.addCookies([{ name: 'lang', value: 'nl', url: baseURL! }]);
      await page.goBack();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Galerij');
      expect(await isSameDocument(page)).toBe(false);
      await context.clearCookies();

      const login = await page.goto('/teacher');
      expect(login?.headers()['cache-control']).toContain('no-store');
      await mark(page);
      await page.goto('/privacy');
      await page.goBack();
      await expect(page).toHaveURL(/\/teacher$/);
      expect(await isSameDocument(page), 'the teacher page is fetched again').toBe(false);
    } finally {
      await browser.close();
    }
  });
});
