import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestImage, type IngestedImage } from './ingest';
import { serveImage } from './serve';
import { imageFilePath } from './store';
import { photoLike } from './test-fixtures';

let imageDir = '';
let image: IngestedImage;
beforeAll(async () => {
  imageDir = await mkdtemp(path.join(os.tmpdir(), 'serve-test-'));
  image = await ingestImage(await photoLike(600, 300).jpeg().toBuffer(), { imageDir });
});
afterAll(() => rm(imageDir, { recursive: true, force: true }));

const get = (segments: string[], headers: Record<string, string> = {}) =>
  serveImage(imageDir, segments, new Headers(headers));

describe('serveImage', () => {
  it('serves a variant with its type, length and immutable caching', async () => {
    const response = await get([image.hash, '512.avif']);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(await readFile(imageFilePath(imageDir, image.hash, '512.avif')))).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/avif',
      'content-length': String(body.length),
      etag: `"${image.hash}-512.avif"`,
      'cache-control': 'public, max-age=31536000, immutable',
      'cross-origin-resource-policy': 'same-origin',
    });
    const full = await get([image.hash, 'full.jpg']);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
    await full.body?.cancel();
    expect((await get([image.hash, '256.webp'])).headers.get('content-type')).toBe('image/webp');
  });

  it('serves the thumbnail, or sends an image stored without one to its narrowest WebP', async () => {
    const thumb = await get([image.hash, 'thumb.webp']);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const body = Buffer.from(await thumb.arrayBuffer());
    expect(body.length).toBeLessThan(
      (await readFile(imageFilePath(imageDir, image.hash, '256.webp'))).length,
    );

    // As an image ingested before thumbnails existed is stored: its variants and no thumbnail.
    const older = await ingestImage(await photoLike(700, 500).png().toBuffer(), { imageDir });
    await unlink(imageFilePath(imageDir, older.hash, 'thumb.webp'));
    const fallback = await get([older.hash, 'thumb.webp']);
    expect(fallback.status).toBe(307);
    expect(fallback.headers.get('location')).toBe(`/images/${older.hash}/256.webp`);
    expect(fallback.headers.get('cache-control')).toBe('no-cache');
    expect((await get(['b'.repeat(64), 'thumb.webp'])).status).toBe(404);
  });

  it('answers 304 when the browser already has it', async () => {
    const etag = `"${image.hash}-256.webp"`;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await get([image.hash, '256.webp'], { 'If-None-Match': ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.body).toBeNull();
    }
    const stale = await get([image.hash, '256.webp'], { 'If-None-Match': '"something-else"' });
    expect(stale.status).toBe(200);
    await stale.body?.cancel();
  });

  it('answers 404 to anything that is not a stored image file', async () => {
    const unknown = 'a'.repeat(64);
    const cases = [
      ['..', '..', 'etc', 'passwd'],
      [image.hash, '..', '..', 'gallery.db'],
      [image.hash, '../256.avif'],
      [image.hash.slice(0, 2), image.hash, '256.avif'],
      [image.hash.toUpperCase(), '256.avif'],
      ['not-a-hash', '256.avif'],
      [unknown, '256.avif'],
      [image.hash, '1024.avif'], // narrower than 1024 px: never written
      [image.hash, 'full.png'], // stored as JPEG
      [image.hash, '0256.avif'],
      [image.hash, '256.gif'],
      [image.hash, 'thumb.avif'],
      [image.hash],
      [],
    ];
    for (const segments of cases) {
      expect((await get(segments)).status, segments.join('/')).toBe(404);
    }
  });
});
