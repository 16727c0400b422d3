import { expect, test, type Page } from '@playwright/test';
import { prepareSite, SITE_PAGES, siteContext, type SiteData } from './fixtures/site-pages';

/**
 * Every page on a phone (375 px) and on a projector (1920 px, in projector mode): nothing scrolls
 * sideways and every control is at least 44 × 44 px. Then the projector switch, the keyboard and
 * reduced motion.
 */
let data: SiteData;
test.beforeAll(async ({ browser, baseURL }) => {
  data = await prepareSite(browser, baseURL!);
});

/**
 * Visible controls smaller than 44 × 44 px. WCAG 2.5.8 exempts links inside a sentence (their
 * size is the text's), so an inline link with other text beside it is left out.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
    const inline = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      // Inline when the sentence around it has other text beside the link.
      const around = (el.parentElement?.textContent ?? '').trim();
      return around.length > (el.textContent ?? '').trim().length + 1;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
    // What a tap hits: a checkbox's or radio's label as well, and the whole card for a link
    // stretched over its card with an absolutely placed ::after.
    const hitBox = (el: Element): DOMRect => {
      const input = el as HTMLInputElement;
      if ((input.type === 'checkbox' || input.type === 'radio') && input.labels?.length) {
        return input.labels[0]!.getBoundingClientRect();
      }
      const after = getComputedStyle(el, '::after');
      if (after.content !== 'none' && after.position === 'absolute' && (el as HTMLElement).offsetParent) {
        return (el as HTMLElement).offsetParent!.getBoundingClientRect();
      }
      return el.getBoundingClientRect();
    };
    return [...document.querySelectorAll(selector)].flatMap((el) => {
      const box = hitBox(el);
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return [];
      if (el.closest('[hidden], [inert], .visually-hidden, .skip-link')) return [];
      // A range slider's thumb is the target; its track is as wide as the page allows.
      if ((el as HTMLInputElement).type === 'range' && box.width >= 44) return [];
      if (inline(el)) return [];
      return box.width < 43.5 || box.height < 43.5
        ? [`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`]
        : [];
    });
  });
}

const SIZES = [
  { name: 'phone', viewport: { width: 375, height: 800 }, projector: false },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, projector: true },
] as const;

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width} px (${size.name})`, () => {
    for (const sitePage of SITE_PAGES) {
      test(`${sitePage.name}: no sideways scrolling, targets at least 44 px`, async ({ browser, baseURL }) => {
        const context = await siteContext(browser, data, sitePage, {
          baseURL: baseURL!,
          lang: 'nl',
          projector: size.projector,
          viewport: size.viewport,
        });
        const page = await context.newPage();
        await page.goto(sitePage.path(data));
        await page.waitForLoadState('load');
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.client);
        expect(await smallTargets(page)).toEqual([]);
        await context.close();
      });
    }
  });
}

test.describe('the projector switch', () => {
  test('toggles, says whether it is on, and stays on across navigation and reload', async ({ page }) => {
    await page.goto('/');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Projector mode' });
    await expect(html).toHaveAttribute('data-display', 'normal');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normalSize = await size();

    await toggle.click();
    await expect(html).toHaveAttribute('data-display', 'projector');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'display');
    expect(cookie?.value).toBe('projector');
    // Large type: the body text is bigger than in the normal display.
    expect(await size()).toBeGreaterThan(normalSize);

    await page.getByRole('navigation').getByRole('link', { name: 'Gallery' }).click();
    await expect(page).toHaveURL(/\/gallery$/);
    await expect(html).toHaveAttribute('data-display', 'projector');
    await page.reload();
    await expect(html).toHaveAttribute('data-display', 'projector');
    await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Projector mode' }).click();
    await expect(html).toHaveAttribute('data-display', 'normal');
    await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'false');
    expect((await page.context().cookies()).some((c) => c.name === 'display')).toBe(false);
  });

  test('on a 1920 px projector, the menu is one row of links, in both languages', async ({ browser, baseURL }) => {
    for (const lang of ['nl', 'en']) {
      const context = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
      await context.addCookies([
        { name: 'lang', value: lang, url: baseURL! },
        { name: 'display', value: 'projector', url: baseURL! },
      ]);
      const page = await context.newPage();
      await page.goto('/');
      const tops = await page
        .getByRole('navigation')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(tops.length, lang).toBeGreaterThanOrEqual(6);
      expect(new Set(tops).size, `${lang}: rows of menu links`).toBe(1);
      await context.close();
    }
  });

  test('works without JavaScript, with the label in Dutch', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await context.addCookies([{ name: 'lang', value: 'nl', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/gallery');
    await page.getByRole('button', { name: 'Projectormodus' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');
    await expect(page.getByRole('button', { name: 'Projectormodus' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\/gallery$/);
    await context.close();
  });
});

test.describe('keyboard', () => {
  test('Tab reaches the skip link, the menu, both switches and the gallery search, each with a visible focus ring', async ({
    page,
  }) => {
    await page.goto('/gallery');
    // In tab order: each must be reached by Tab alone, and show a ring of at least 2 px.
    const wanted = [
      page.getByRole('link', { name: 'Skip to content' }),
      page.getByRole('navigation').getByRole('link', { name: 'Gallery', exact: true }),
      page.getByRole('button', { name: 'Projector mode' }),
      page.getByTestId('language-switch'),
      page.getByRole('searchbox'),
    ];
    let reached = 0;
    for (let presses = 0; presses < 60 && reached < wanted.length; presses++) {
      await page.keyboard.press('Tab');
      const target = wanted[reached]!;
      if (await target.evaluate((el) => el === document.activeElement)) {
        const ring = await target.evaluate((el) => {
          const style = getComputedStyle(el);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
        expect(ring, `focus ring on control ${reached + 1}`).toBe(true);
        reached++;
      }
    }
    expect(reached).toBe(wanted.length);
  });

  test('the projector switch works from the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Projector mode' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector');
    await expect(page.getByRole('button', { name: 'Projector mode' })).toBeFocused();
  });
});

test('with reduced motion, animations and transitions are off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/gallery');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      const seconds = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
      return seconds(s.transitionDuration) > 0 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0)
        ? [el.className.toString()]
        : [];
    }),
  );
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  await context.close();
});
