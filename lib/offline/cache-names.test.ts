import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheNames, isGanCache, manifestVersion, outdatedCaches } from './cache-names';
import { refusesOffline } from './form-guard';
import { isContentImage, isOfflinePage, isSmallAsset } from './routes';
import { precacheGlobs } from './precache';

const v1 = [
  { url: '/_next/static/chunks/a.js', revision: null },
  { url: '/gan/models/gan.bin', revision: 'r1' },
];
const v2 = [
  { url: '/_next/static/chunks/a.js', revision: null },
  { url: '/gan/models/gan.bin', revision: 'r2' },
];

describe('cache versions', () => {
  it('a build with any changed file gets a new version; the same build keeps it', () => {
    expect(manifestVersion(v1)).toBe(manifestVersion([...v1]));
    expect(manifestVersion(v1)).not.toBe(manifestVersion(v2));
    expect(manifestVersion(v1)).toMatch(/^[a-z0-9]+$/);
  });

  it('a new worker deletes the page, asset and GAN caches of other versions, and nothing else', () => {
    const old = cacheNames(manifestVersion(v1), manifestVersion(v1.slice(1)));
    const now = cacheNames(manifestVersion(v2), manifestVersion(v2.slice(1)));
    const existing = [
      old.pages,
      old.assets,
      old.gan,
      old.images,
      now.pages,
      now.gan,
      'prompt-gallery-precache-v2-http://127.0.0.1:3110/',
      'someone-elses-cache',
    ];
    expect(outdatedCaches(existing, now)).toEqual([old.pages, old.assets, old.gan]);
    expect(old.images).toBe(now.images); // content-addressed images outlive versions
    expect(isGanCache(old.gan) && isGanCache(now.gan) && !isGanCache(now.pages)).toBe(true);
  });

  it('a build that changes only app code keeps the GAN cache (no new ~3 MB download)', () => {
    const gan = [{ url: '/gan/models/gan.bin', revision: 'r1' }];
    const before = cacheNames(manifestVersion([v1[0]!, ...gan]), manifestVersion(gan));
    const after = cacheNames(
      manifestVersion([{ url: '/_next/b.js' }, ...gan]),
      manifestVersion(gan),
    );
    expect(after.pages).not.toBe(before.pages);
    expect(after.gan).toBe(before.gan);
    expect(outdatedCaches([before.gan, before.pages], after)).toEqual([before.pages]);
  });
});

describe('what may be kept offline', () => {
  it('keeps public pages, never teacher pages, receipts, the API or voting', () => {
    for (const p of ['/', '/gan', '/lesson', '/prompts', '/gallery', '/gallery/een-ceo'])
      expect(isOfflinePage(p)).toBe(true);
    for (const p of [
      '/teacher',
      '/teacher/packs',
      '/r/abc',
      '/api/health',
      '/gallery/een-ceo/vote',
      '/submit',
      '/serwist/sw.js',
    ])
      expect(isOfflinePage(p)).toBe(false);
    expect(isContentImage('/images/ab/abcdef/640.avif')).toBe(true);
  });

  it("keeps the site's icons (Next serves app/icon.* and app/apple-icon.* at the root)", () => {
    const icons = fs.readdirSync('app').filter((f) => /^(apple-)?icon\.\w+$/.test(f));
    expect(icons.length).toBeGreaterThan(0);
    for (const f of icons) expect(isSmallAsset(`/${f}`)).toBe(true);
    expect(isSmallAsset('/images/ab/abcdef/640.avif')).toBe(false);
  });

  it('lists the built files of the given build folder and the GAN files in the manifest', () => {
    expect(precacheGlobs('.next-e2e')).toEqual([
      '.next-e2e/static/**/*.{js,css,woff2,svg,png,ico,json}',
      'public/gan/**/*',
    ]);
    expect(precacheGlobs('./.next/')[0]).toMatch(/^\.next\/static\//);
  });
});

describe('forms while offline', () => {
  const form = (method?: string) =>
    ({
      getAttribute: (n: string) => (n === 'method' ? (method ?? null) : null),
    }) as unknown as HTMLFormElement;
  it('refuses anything that sends data, lets searches through, and refuses nothing online', () => {
    expect(refusesOffline(form(), null, false)).toBe(true); // a server action or an upload
    expect(refusesOffline(form('post'), null, false)).toBe(true);
    expect(refusesOffline(form('get'), null, false)).toBe(false);
    expect(refusesOffline(form('post'), null, true)).toBe(false);
  });
});
