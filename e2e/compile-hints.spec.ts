import { expect, test } from '@playwright/test';
import { COMPILE_HINT } from '../scripts/build/compile-hints';
import { E2E_COMPARISONS } from './fixtures/make-pack';

// `npm run build` marks the scripts pages run at start for eager compiling, off the main thread
// (scripts/build/compile-hints.ts). Every script a page's HTML loads must carry the mark: a build
// made another way, or a chunk the step missed, would quietly compile on the main thread again.

const pages = [
  '/',
  '/gallery',
  `/gallery/${E2E_COMPARISONS.hands.slug}`,
  '/gan',
  '/lesson',
  '/submit',
];

test('every script a page loads at start is marked for eager compiling', async ({ page }) => {
  const marked = new Map<string, boolean>();
  for (const path of pages) {
    await page.goto(path);
    // noModule scripts are polyfills for browsers without modules: a current browser skips them.
    const srcs = await page.$$eval('script[src]:not([nomodule])', (scripts) =>
      scripts.map((s) => (s as HTMLScriptElement).src),
    );
    expect(srcs.length, path).toBeGreaterThan(3);
    for (const src of srcs) {
      if (marked.has(src)) continue;
      const body = await (await page.request.get(src)).text();
      marked.set(src, body.startsWith(`${COMPILE_HINT}\n`));
    }
  }
  expect([...marked].filter(([, ok]) => !ok).map(([src]) => src)).toEqual([]);
});
