import { expect, test, type Page } from '@playwright/test';

// "Back" on a phone should show the page just left at once, not fetch it again over school Wi-Fi:
// public pages may enter the browser's back/forward cache (Cache-Control without no-store; see
// lib/page-cache/browser-copy.ts), private ones are sent with no-store. Playwright turns that
// cache off in the browsers it launches, so these tests launch one with it on.

/**
 * Marks the current document once it is idle (a fetch still running, such as a link prefetch,
 * keeps any page out of the cache); the mark survives only if "back" restores this very document.
 */
async function mark(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    (window as unknown as { marked: boolean }).marked = true;
  });
}

/** Whether "back" restored the marked document, with Chromium's reasons when it did not. */
const restored = (page: Page) =>
  page.evaluate(() => {
    if ((window as unknown as { marked?: boolean }).marked === true) return 'restored';
    const [entry] = performance.getEntriesByType('navigation');
    return JSON.stringify(
      (entry as unknown as { notRestoredReasons?: unknown })?.notRestoredReasons ?? 'not restored',
    );
  });

/** "Back", done once the page is there: a page restored from the cache fires no load event. */
const back = (page: Page) => page.goBack({ waitUntil: 'commit' });

test.describe('back/forward cache', () => {
  test('public pages come back at once, in the language chosen meanwhile; teacher pages keep no-store', async ({
    playwright,
    baseURL,
  }, info) => {
    const browser = await playwright.chromium.launch({
      ...info.project.use.launchOptions,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    try {
      const context = await browser.newContext({
        baseURL,
        serviceWorkers: 'block',
        locale: 'en-GB',
      });
      const page = await context.newPage();

      for (const path of ['/gallery', '/lesson']) {
        const response = await page.goto(path);
        expect(response?.headers()['cache-control'], path).toBe('private, no-cache');
        await mark(page);
        await page.goto('/privacy');
        await back(page);
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await expect
          .poll(() => restored(page), `${path} from the back/forward cache`)
          .toBe('restored');
      }

      // A language chosen on another page meanwhile: the restored page is fetched again in it.
      await page.goto('/gallery');
      await mark(page);
      await page.goto('/privacy');
      await context.addCookies([{ name: 'lang', value: 'nl', url: baseURL! }]);
      await back(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Galerij');
      expect(await restored(page)).not.toBe('restored');

      // Teacher pages keep no-store. (Whether Chromium then keeps them out of the back/forward
      // cache is its own policy, which it is relaxing, so only the header is ours to check.)
      const login = await page.goto('/teacher');
      expect(login?.headers()['cache-control']).toContain('no-store');
    } finally {
      await browser.close();
    }
  });
});
