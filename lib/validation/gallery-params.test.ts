import { describe, expect, it } from 'vitest';
import { galleryHref, parseGalleryParams } from './gallery-params';

describe('gallery URL parameters', () => {
  it('keeps valid filters and drops malformed ones', () => {
    expect(parseGalleryParams({ kind: 'bias', page: '3', q: ' ceo ', lang: 'nl' })).toEqual({ kind: 'bias', page: 3, q: 'ceo', lang: 'nl' });
    expect(parseGalleryParams({ kind: 'nonsense', page: '-1', lang: 'de' })).toEqual({});
    expect(parseGalleryParams({ q: ['first', 'second'] })).toEqual({ q: 'first' });
  });
  it('builds shareable links, leaving out page 1 and empty values', () => {
    expect(galleryHref({ kind: 'bias', q: 'a ceo' }, { page: 2 })).toBe('/gallery?kind=bias&q=a+ceo&page=2');
    expect(galleryHref({ kind: 'bias', page: 4 }, { page: 1 })).toBe('/gallery?kind=bias');
    expect(galleryHref({})).toBe('/gallery');
  });
});
