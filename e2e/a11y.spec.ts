import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { prepareSite, SITE_PAGES, siteContext, type SiteData } from './fixtures/site-pages';

/**
 * axe on every page, in Dutch and English, and in projector mode: no serious or critical
 * violation of WCAG 2.2 A/AA or axe's best practices. The failure message lists each rule with
 * the elements it found, so a failure says what to fix.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let data: SiteData;
test.beforeAll(async ({ browser, baseURL }) => {
  data = await prepareSite(browser, baseURL!);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 6)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** The page as a visitor sees it: loaded, and for the GAN demo with its models ready. */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBeLessThan(500);
  if (path !== '/gan') return;
  await expect(page.getByTestId('play-pause')).toBeEnabled({ timeout: 120_000 });
  // The verdict cards and the morph strip are drawn once scrolled near (docs/gan.md): a visitor
  // scrolling down sees them, so axe checks them too.
  for (const [part, drawn] of [
    ['#verdict', 'verdict'],
    ['#interpolation', 'interpolation'],
  ] as const) {
    await page.locator(part).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(drawn)).toBeVisible({ timeout: 120_000 });
  }
}

const RUNS = [
  { lang: 'en', projector: false },
  { lang: 'nl', projector: false },
  { lang: 'en', projector: true },
] as const;

for (const run of RUNS) {
  test.describe(`axe, ${run.lang}${run.projector ? ', projector mode' : ''}`, () => {
    for (const sitePage of SITE_PAGES) {
      test(`${sitePage.name} has no serious or critical violation`, async ({ browser, baseURL }) => {
        const context = await siteContext(browser, data, sitePage, { baseURL: baseURL!, ...run });
        const page = await context.newPage();
        await open(page, sitePage.path(data));
        await expect(page.locator('html')).toHaveAttribute('lang', run.lang);
        if (run.projector) await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }
  });
}

test('the GAN demo while training (charts, samples, meters) has no serious violation', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const gan = SITE_PAGES.find((p) => p.name === 'gan')!;
  const context = await siteContext(browser, data, gan, { baseURL: baseURL!, lang: 'en' });
  const page = await context.newPage();
  await open(page, '/gan');
  await page.getByTestId('play-pause').click();
  await expect
    .poll(async () => Number(await page.getByTestId('step-count').getAttribute('data-value')), {
      timeout: 120_000,
    })
    .toBeGreaterThan(20);
  await page.getByTestId('play-pause').click();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
