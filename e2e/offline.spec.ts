import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';
import { ON_USE_BYTES, WASM_BUILDS } from '../lib/offline/gan-files';
import { E2E_COMPARISONS } from './fixtures/make-pack';

/**
 * Offline after the first visit (docs/offline.md): the service worker is allowed here only (the
 * other specs block it). Every wait is on a condition; GAN training is slow on a loaded machine.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial', timeout: 300_000 });
const SLOW = { timeout: 120_000 };

const EN_OFFLINE = 'You are offline. Pages you visited still work';
const NL_OFFLINE = 'Je bent offline. Bezochte pagina’s werken nog';
const EN_REFUSED =
  'Not sent: you are offline. Nothing was saved. Try again when the connection is back.';

const { ceo, hands } = E2E_COMPARISONS;

/** Every GAN demo file (public/gan/**) as the worker requests it. */
const GAN_FILES = readdirSync('public/gan', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.replace(/^public/, '')}/${entry.name}`)
  .sort();

async function setLanguage(context: BrowserContext, baseURL: string, lang: 'nl' | 'en') {
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
}

/**
 * Offline for the whole context. Chromium 150's offline emulation does not reach a page reloaded
 * while it is on: that page's own requests still go through, so the saved copy's probe of
 * /api/health (app/_components/offline-use-online.ts) would find the server. Refused here too.
 */
async function setOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline);
  if (offline) await context.route('**/api/health', (route) => route.abort('internetdisconnected'));
  else await context.unroute('**/api/health');
}

/** The worker is installed (its precache filled) and controls the page. */
async function whenControlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), SLOW)
    .toBe(true);
}

/** The page's HTML (or another URL) is in one of the worker's caches. */
async function whenCached(page: Page, url: string) {
  await expect
    .poll(() => page.evaluate(async (u) => !!(await caches.match(u)), url), SLOW)
    .toBe(true);
}

/** The paths each of the worker's caches holds, by cache name. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/**
 * The GAN files and the large tfjs chunk were fetched into their own cache (after the visit to
 * /gan): every GAN file but the plain WASM build, which Chromium (it has WASM SIMD) never loads.
 */
async function whenGanCached(page: Page) {
  const ganCache = async () => {
    const all = await cachedPaths(page);
    const gan = Object.keys(all).find((name) => name.startsWith('prompt-gallery-gan-'));
    return gan ? all[gan]! : [];
  };
  await expect
    .poll(async () => (await ganCache()).filter((p) => p.startsWith('/gan/')), SLOW)
    .toEqual(GAN_FILES.filter((p) => p !== WASM_BUILDS.plain));
  await expect
    .poll(async () => (await ganCache()).filter((p) => p.startsWith('/_next/static/chunks/')), SLOW)
    .not.toEqual([]);
}

/** The largest file any of the worker's caches holds, in bytes, with its path. */
function largestCached(page: Page): Promise<{ path: string; bytes: number }> {
  return page.evaluate(async () => {
    let largest = { path: '', bytes: 0 };
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const bytes = (await (await cache.match(request))!.blob()).size;
        if (bytes > largest.bytes) largest = { path: new URL(request.url).pathname, bytes };
      }
    }
    return largest;
  });
}

function offlineDb(command: 'question' | 'votes', slug: string): Record<string, number> {
  const out = execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'e2e/fixtures/offline-db.ts', command, slug],
    {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as Record<string, number>;
}

test('a visitor who never opens /gan downloads none of its files, nor tfjs', async ({
  page,
  context,
  baseURL,
}) => {
  expect(GAN_FILES.length).toBeGreaterThan(3); // the check below must not pass on an empty list
  await setLanguage(context, baseURL!, 'en');
  const ganRequests: string[] = [];
  context.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/gan/')) ganRequests.push(r.url());
  });
  await page.goto('/gallery');
  await whenControlled(page); // installed: the precache is complete
  await whenCached(page, '/gallery');
  await page.goto(`/gallery/${ceo.slug}`);
  await whenCached(page, `/gallery/${ceo.slug}`);

  const all = await cachedPaths(page);
  const precache = Object.keys(all).find((name) => name.includes('precache'));
  expect(precache && all[precache]!.some((p) => p.startsWith('/_next/static/'))).toBe(true);
  expect(
    Object.values(all)
      .flat()
      .filter((p) => p.startsWith('/gan')),
  ).toEqual([]);
  expect(Object.keys(all).filter((name) => name.startsWith('prompt-gallery-gan-'))).toEqual([]);
  expect(ganRequests).toEqual([]);
  // The tfjs chunk (~0.8 MB) is the only built file above the limit; the precache leaves it out.
  expect((await largestCached(page)).bytes).toBeLessThan(ON_USE_BYTES);
});

test('visited pages, their images and the GAN demo work offline', async ({
  page,
  context,
  baseURL,
}) => {
  await setLanguage(context, baseURL!, 'en');
  await page.goto('/gan');
  await whenControlled(page);
  // The first page was loaded before the worker controlled it: the page asks the worker to keep it.
  await whenCached(page, '/gan');
  // Visiting /gan made the worker fetch the demo's files into the GAN cache.
  await whenGanCached(page);
  for (const path of ['/lesson', '/gallery', `/gallery/${ceo.slug}`]) {
    await page.goto(path);
    await whenCached(page, path);
  }
  const picture = page.locator('main img[src^="/images/"], main img[srcset*="/images/"]').first();
  await expect(picture).toBeVisible();
  const src = await picture.evaluate((img: HTMLImageElement) => img.currentSrc);
  await whenCached(page, src);
  // A client-side navigation (an RSC payload only): the worker fetches and keeps the page's HTML.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Prompt cards' })
    .click();
  await expect(page).toHaveURL(/\/prompts$/);
  await whenCached(page, '/prompts');
  await page.goto('/gallery');

  // Not setOffline(): routing a request turns Playwright's HTTP cache off, and offline the GAN
  // worker's script comes from that cache (app/sw.ts leaves worker scripts to the browser).
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText(EN_OFFLINE);
  await expect(page.getByTestId('offline-banner')).toHaveAttribute('role', 'status');

  await page.goto(`/gallery/${ceo.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A CEO at the office');
  const again = page.locator('main img').first();
  await expect
    .poll(() => again.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await expect(page.getByTestId('offline-banner')).toContainText(EN_OFFLINE);

  for (const path of ['/lesson', '/prompts']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('offline-banner')).toContainText(EN_OFFLINE);
  }

  // A page never visited: a clear page in both languages instead of the browser's error.
  const missing = await page.goto('/gallery?page=9');
  expect(missing?.status()).toBe(503);
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Je bent offline' })).toBeVisible();

  // The GAN demo, from the cache: it trains.
  await page.goto('/gan');
  await expect(page.getByTestId('play-pause')).toBeEnabled(SLOW);
  const start = Number(await page.getByTestId('step-count').getAttribute('data-value'));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'true', SLOW);
  await expect
    .poll(async () => Number(await page.getByTestId('step-count').getAttribute('data-value')), SLOW)
    .toBeGreaterThan(start + 3);
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('the offline banner speaks Dutch to a Dutch visitor', async ({ page, context, baseURL }) => {
  await setLanguage(context, baseURL!, 'nl');
  await page.goto('/lesson');
  await whenControlled(page);
  await whenCached(page, '/lesson');
  await expect(page.getByTestId('offline-banner')).not.toContainText(NL_OFFLINE);
  await setOffline(context, true);
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText(NL_OFFLINE);
  await setOffline(context, false);
  await expect(page.getByTestId('offline-banner')).toContainText('Je bent weer online.');
});

// Where the browser has no CookieStore (plain HTTP on a school network), the page reads
// document.cookie instead: the same check, both ways.
for (const cookies of ['CookieStore', 'document.cookie'] as const) {
  test(`a saved page follows language and display choices made after it was saved (${cookies})`, async ({
    page,
    context,
    baseURL,
  }) => {
    if (cookies === 'document.cookie') {
      await page.addInitScript(() => {
        // Removed where it is defined, somewhere up the window's prototype chain.
        for (let o: object | null = window; o; o = Object.getPrototypeOf(o)) {
          if (Object.hasOwn(o, 'cookieStore')) delete (o as { cookieStore?: unknown }).cookieStore;
        }
      });
    }
    await setLanguage(context, baseURL!, 'en');
    await page.goto('/lesson');
    expect(await page.evaluate(() => 'cookieStore' in window)).toBe(cookies === 'CookieStore');
    await whenControlled(page);
    await whenCached(page, '/lesson');
    await expect(page.getByTestId('saved-language')).toHaveCount(0);

    // Chosen on another device tab meanwhile; offline, the worker can only give the English copy.
    await context.addCookies([
      { name: 'lang', value: 'nl', url: baseURL! },
      { name: 'display', value: 'projector', url: baseURL! },
    ]);
    await setOffline(context, true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');
    await expect(page.getByTestId('saved-language')).toHaveText(
      'This copy of the page was saved in English. It will be in Dutch when you are back online.',
    );

    // Back online, the page is fetched again in the chosen language.
    await setOffline(context, false);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl', SLOW);
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');
    await expect(page.getByTestId('saved-language')).toHaveCount(0);
  });
}

test('a vote and an upload made offline are refused and nothing is stored', async ({
  page,
  context,
  baseURL,
}) => {
  await setLanguage(context, baseURL!, 'en');
  offlineDb('question', hands.slug);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') posts.push(r.url());
  });

  await page.goto(`/gallery/${hands.slug}/vote`);
  await whenControlled(page);
  await setOffline(context, true);
  await page.locator('form button[name="option"]').first().click();
  await expect(page.getByTestId('offline-refused')).toHaveText(EN_REFUSED);
  await expect(page.getByTestId('vote-chosen')).toHaveCount(0);

  // Without the page's script (a form the browser posts itself), the worker refuses it too.
  await page
    .locator('form:has(button[name="option"])')
    .evaluate((form: HTMLFormElement) => form.submit());
  await expect(page.getByRole('heading', { name: 'Not sent: you are offline' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Niet verstuurd: je bent offline' }),
  ).toBeVisible();

  await setOffline(context, false);
  expect(offlineDb('votes', hands.slug).votes).toBe(0);

  posts.length = 0;
  await page.goto('/submit');
  await page.getByLabel('Title').fill('Offline upload');
  await setOffline(context, true);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByTestId('offline-refused')).toHaveText(EN_REFUSED);
  await expect(page.getByLabel('Title')).toHaveValue('Offline upload');
  expect(posts).toEqual([]);
  await setOffline(context, false);
  await expect(page.getByTestId('offline-refused')).toHaveCount(0);
});
