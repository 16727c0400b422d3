import { describe, expect, it } from 'vitest';
import { isShareable, PageCache, pageCacheKey } from './page-cache';

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('pageCacheKey', () => {
  it('keys public pages by language, encoding and URL', () => {
    expect(pageCacheKey(req('/gallery?kind=bias', { 'accept-language': 'nl-NL' }))).toBe('nl|id||/gallery?kind=bias');
    expect(pageCacheKey(req('/', { cookie: 'lang=en', 'accept-language': 'nl', 'accept-encoding': 'gzip, br' }))).toBe('en|gz||/');
    expect(pageCacheKey(req('/gallery/een-ceo'))).toBe('en|id||/gallery/een-ceo');
  });
  it('renders anything personal, interactive or unknown for the request alone', () => {
    expect(pageCacheKey(req('/gallery', { cookie: 'lang=nl; pg_teacher_session=abc' }))).toBeNull();
    expect(pageCacheKey(req('/gallery', { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(req('/gallery?_rsc=x'))).toBeNull();
    expect(pageCacheKey(req('/gallery', {}, 'POST'))).toBeNull();
    expect(pageCacheKey(req('/teacher'))).toBeNull();
    expect(pageCacheKey(req('/gan'))).toBeNull();
    expect(pageCacheKey(req('/r/token'))).toBeNull();
  });
});

describe('PageCache', () => {
  const page = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(text) });
  it('serves an entry only for the content version it was rendered at', () => {
    const cache = new PageCache();
    cache.set('k', 1, page('one'));
    expect(cache.get('k', 1)?.body.toString()).toBe('one');
    expect(cache.get('k', 2)).toBeNull();
    expect(cache.get('k', 1)).toBeNull();
  });
  it('evicts the least recently used entries beyond its byte budget', () => {
    const cache = new PageCache(64);
    cache.set('a', 1, page('a'.repeat(4)));
    cache.set('b', 1, page('b'.repeat(4)));
    cache.get('a', 1);
    for (let i = 0; i < 20; i++) cache.set(`x${i}`, 1, page('x'.repeat(4)));
    expect(cache.size).toBeLessThanOrEqual(16);
    expect(cache.get('b', 1)).toBeNull();
  });
  it('keeps only plain 200 pages without cookies in the encoding of their key', () => {
    expect(isShareable(200, {}, 'en|id||/')).toBe(true);
    expect(isShareable(200, { 'content-encoding': 'gzip' }, 'en|gz||/')).toBe(true);
    expect(isShareable(200, { 'content-encoding': 'gzip' }, 'en|id||/')).toBe(false);
    expect(isShareable(404, {}, 'en|id||/')).toBe(false);
    expect(isShareable(200, { 'set-cookie': ['a=b'] }, 'en|id||/')).toBe(false);
  });
});
