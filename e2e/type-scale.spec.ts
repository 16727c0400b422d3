import { expect, test } from '@playwright/test';
import { E2E_COMPARISONS } from './fixtures/make-pack';

// Each size × weight × style of text a page shows costs a font look-up in Chromium's first layout
// on Linux and ChromeOS (docs/performance.md, "Fewer font strikes"). So pages keep to the type
// scale in app/globals.css: one small size and four steps, two weights, upright.

const pages = ['/', '/gallery', `/gallery/${E2E_COMPARISONS.hands.slug}`, '/gan', '/lesson'];
const MOST_STRIKES = 8;

test.use({ viewport: { width: 412, height: 823 } });

for (const path of pages) {
  test(`${path} keeps to the type scale`, async ({ page }) => {
    await page.goto(path);
    const texts = await page.evaluate(() => {
      const out: Array<{ size: string; weight: string; style: string; where: string }> = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim()) continue;
        // What the first layout draws: not hidden, not in a block skipped by content-visibility.
        if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
          continue;
        const css = getComputedStyle(el);
        const where = `${el.tagName.toLowerCase()}.${el.className}: ${node.textContent.trim().slice(0, 30)}`;
        out.push({ size: css.fontSize, weight: css.fontWeight, style: css.fontStyle, where });
      }
      return out;
    });
    expect(texts.length).toBeGreaterThan(10);
    const offScale = texts.filter(
      (t) => !['400', '700'].includes(t.weight) || t.style !== 'normal',
    );
    expect(offScale.map((t) => `${t.weight} ${t.style} ${t.where}`)).toEqual([]);
    const strikes = new Map(texts.map((t) => [`${t.size} ${t.weight}`, t.where]));
    expect(strikes.size, [...strikes].join('\n')).toBeLessThanOrEqual(MOST_STRIKES);
  });
}
