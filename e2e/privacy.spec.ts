import { execFileSync } from 'node:child_process';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';
import { E2E_COMPARISONS } from './fixtures/make-pack';
import { createTeacher, login, TEACHER, unique } from './fixtures/teacher-helpers';

// Privacy, shown rather than claimed: every page, in both languages, logged out and logged in,
// with the GAN demo training, asks nothing of another origin; browsing leaves no cookie but the
// visitor's own choices; a teacher can delete a submitter's content for good.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

type Made = { id: number; slug: string; hashes: string[] };

function fixture(...args: string[]): unknown {
  const out = execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'e2e/fixtures/privacy-db.ts', ...args],
    {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out);
}
const make = (
  title: string,
  submitter: string,
  status: 'pending' | 'published',
  question = false,
) => fixture('comparison', title, submitter, status, ...(question ? ['question'] : [])) as Made;
const stateOf = (made: Made[]) =>
  fixture('state', made.map((m) => m.id).join(','), made.flatMap((m) => m.hashes).join(',')) as {
    comparisons: number[];
    files: string[];
  };

/**
 * Records every request, worker and service worker of a context whose origin is not the app's.
 * Requests from dedicated and service workers are reported on the context too; data: and blob:
 * URLs never leave the browser.
 */
function watchOrigins(context: BrowserContext, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const offsite: string[] = [];
  const check = (what: string, url: string) => {
    if (/^(data|blob|about):/.test(url)) return;
    const u = new URL(url.replace(/^ws(s?):/, 'http$1:'));
    if (u.origin !== origin) offsite.push(`${what} ${url}`);
  };
  context.on('request', (r) =>
    check(r.serviceWorker() ? 'service-worker request' : 'request', r.url()),
  );
  context.on('serviceworker', (w) => check('service worker', w.url()));
  const watchPage = (page: Page) => {
    page.on('worker', (w) => check('worker', w.url()));
    page.on('websocket', (ws) => check('websocket', ws.url()));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return offsite;
}

async function newVisitor(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const offsite = watchOrigins(context, baseURL);
  return { context, offsite, page: await context.newPage() };
}

const { vermeer } = E2E_COMPARISONS;
let voteSlug = '';
const publicPages = () => [
  '/',
  '/gallery',
  '/gallery?q=ceo',
  '/gallery?kind=bias',
  `/gallery/${vermeer.slug}`,
  `/gallery/${voteSlug}/vote`,
  '/measures',
  '/submit',
  '/gan',
  '/lesson',
  '/prompts',
  '/privacy',
  '/teacher',
];

/** Opens a page whole: loaded, scrolled to the end (lazy pictures), and the network quiet. */
async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

const GAN = { timeout: 120_000 };
const stepOf = async (page: Page) =>
  Number(await page.getByTestId('step-count').getAttribute('data-value'));

/** The GAN demo trains for real: its worker fetches data and models, the grid changes. */
async function trainGan(page: Page) {
  await expect(page.getByTestId('play-pause')).toBeEnabled(GAN);
  const start = await stepOf(page);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'true', GAN);
  await expect.poll(() => stepOf(page), GAN).toBeGreaterThan(start + 3);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'false', GAN);
}

async function visitAll(page: Page, pages: string[], { train = false } = {}) {
  for (const path of pages) {
    await visit(page, path, path === '/no-such-page' ? 404 : 200);
    if (path === '/gan') {
      if (train) await trainGan(page);
      else await expect(page.getByTestId('play-pause')).toBeEnabled(GAN);
    }
  }
}

async function switchLanguage(page: Page, to: 'nl' | 'en') {
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

test.beforeAll(() => {
  createTeacher(TEACHER);
  voteSlug = make(unique('Privacy vote '), '-', 'published', true).slug;
});

test('the origin watch sees requests from pages and from workers', async ({ browser, baseURL }) => {
  // Without this, a watch that heard nothing would pass every page below.
  const { context, offsite, page } = await newVisitor(browser, baseURL!);
  // A blank page: the app's own CSP would stop these requests before they left the browser.
  await page.goto('about:blank');
  await page.evaluate(() => fetch('http://127.0.0.1:9/from-page').catch(() => {}));
  await page.evaluate(() => {
    const src = 'fetch("http://127.0.0.1:9/from-worker").catch(() => {})';
    new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  });
  await expect.poll(() => offsite.join('\n')).toContain('127.0.0.1:9/from-page');
  await expect.poll(() => offsite.join('\n')).toContain('127.0.0.1:9/from-worker');
  await context.close();
});

test('a visitor browses every page in both languages: nothing from another origin, no cookie but the choices', async ({
  browser,
  baseURL,
}) => {
  const { context, offsite, page } = await newVisitor(browser, baseURL!);
  await visitAll(page, [...publicPages(), '/no-such-page'], { train: true });
  expect(offsite).toEqual([]);
  // Only browsing, in the browser's own language: no cookie at all.
  expect(await context.cookies()).toEqual([]);

  await visit(page, '/');
  await switchLanguage(page, 'nl');
  await visitAll(page, [...publicPages(), '/no-such-page']);

  await visit(page, '/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.getByTestId('privacy-votes')).toContainText('180 dagen');
  await expect(page.getByTestId('privacy-teachers')).toContainText('8 uur');
  await page.getByTestId('display-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');

  expect(offsite).toEqual([]);
  const names = (await context.cookies()).map((c) => c.name).sort();
  expect(names).toEqual(['display', 'lang']);
  await context.close();
});

test('a teacher works through every teacher page in both languages: nothing from another origin', async ({
  browser,
  baseURL,
}) => {
  const item = make(unique('Privacy teacher '), unique('Pupil '), 'pending');
  const { context, offsite, page } = await newVisitor(browser, baseURL!);
  await login(page);
  const teacherPages = [
    '/teacher',
    '/teacher/queue',
    '/teacher/reports',
    '/teacher/packs',
    `/teacher/items/${item.id}`,
  ];
  await visitAll(page, teacherPages);
  await visitAll(page, publicPages());
  await visit(page, `/teacher/items/${item.id}`);
  await switchLanguage(page, 'nl');
  await visitAll(page, [...teacherPages, ...publicPages()]);
  expect(offsite).toEqual([]);
  await context.close();
});

test('the privacy page is linked from every page and from the submit form', async ({ page }) => {
  await page.goto('/gallery');
  await page.locator('footer').getByRole('link', { name: 'Privacy: what is stored' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.getByTestId('privacy-votes')).toContainText('180 days');
  await page.goto('/submit');
  await page.getByRole('link', { name: 'What is stored and for how long' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test('a teacher deletes one comparison, then everything from one submitter, for good', async ({
  browser,
  baseURL,
}) => {
  const pupil = unique('Pupil ');
  const voted = make(unique('Privacy keep out '), pupil, 'published', true);
  const second = make(unique('Privacy second '), pupil, 'pending');
  const single = make(unique('Privacy single '), unique('Other '), 'pending');

  // A pupil answers: only now does a cookie appear, and only for that vote page.
  const { context: pupilContext, page: pupilPage } = await newVisitor(browser, baseURL!);
  await pupilPage.goto(`/gallery/${voted.slug}/vote`);
  await expect(pupilPage.getByTestId('vote-progress')).toHaveText('Picture 1 of 2');
  await pupilPage.getByRole('button', { name: 'Older', exact: true }).click();
  await expect(pupilPage.getByTestId('vote-progress')).toHaveText('Picture 2 of 2');
  const cookies = await pupilContext.cookies();
  expect(cookies.map((c) => [c.name, c.path])).toEqual([
    ['pg_voter', `/gallery/${voted.slug}/vote`],
  ]);
  await pupilContext.close();

  const { context, page } = await newVisitor(browser, baseURL!);
  await login(page);

  // One comparison, permanently: rows and the pictures only it used.
  await page.goto(`/teacher/items/${single.id}`);
  await page.getByRole('button', { name: 'Delete permanently…' }).click();
  await expect(page.getByTestId('delete-confirm')).toBeFocused();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('flash')).toContainText('Deleted.');
  expect(stateOf([single])).toEqual({ comparisons: [], files: [] });

  // Everything from one submitter: the count is shown before anything happens.
  await page.goto(`/teacher/items/${voted.id}`);
  const panel = page.getByTestId('submitter-deletion');
  await expect(panel.getByRole('heading')).toHaveText(`Everything from ${pupil}`);
  await expect(panel.getByTestId('submitter-count')).toHaveText(
    `${pupil} sent in 2 comparisons, this one included.`,
  );
  await panel.getByTestId('delete-submitter').click();
  await expect(panel.getByTestId('delete-submitter-confirm')).toBeFocused();
  await expect(panel).toContainText(`Delete all 2 comparisons sent in as “${pupil}”`);

  // Meanwhile the same pupil sends in one more: the confirmed number no longer holds.
  const late = make(unique('Privacy late '), pupil, 'pending');
  await panel.getByTestId('delete-submitter-confirm').click();
  await expect(panel.getByTestId('delete-submitter-changed')).toHaveText(
    'Their number changed to 3 since this page was shown. Check and confirm again.',
  );
  expect(stateOf([voted, second, late]).comparisons).toHaveLength(3);

  await expect(panel.getByTestId('delete-submitter-confirm')).toHaveText(
    'Yes, delete 3 comparisons',
  );
  await panel.getByTestId('delete-submitter-confirm').click();
  await expect(page).toHaveURL(/\/teacher\/queue\?done=deleted$/);
  await expect(page.getByTestId('flash')).toContainText('Deleted.');
  expect(stateOf([voted, second, late])).toEqual({ comparisons: [], files: [] });

  // Gone from the public pages too.
  expect((await page.goto(`/gallery/${voted.slug}`))?.status()).toBe(404);
  expect((await page.goto(`/gallery/${voted.slug}/vote`))?.status()).toBe(404);
  await context.close();
});

test('a comparison sent in without a name offers no submitter deletion', async ({ page }) => {
  const anonymous = make(unique('Privacy anonymous '), '-', 'pending');
  await login(page);
  await page.goto(`/teacher/items/${anonymous.id}`);
  await expect(page.getByTestId('item-title')).toContainText('Privacy anonymous');
  await expect(page.getByTestId('submitter-deletion')).toHaveCount(0);
});
