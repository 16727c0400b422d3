import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allowBrowserCopy, BROWSER_COPY, mayKeepInBrowser } from './browser-copy';

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('mayKeepInBrowser', () => {
  it('lets a browsing visitor keep public pages', () => {
    for (const url of ['/', '/gallery?kind=bias', '/gallery/een-ceo', '/gan', '/lesson', '/privacy', '/submit']) {
      expect(mayKeepInBrowser(req(url, { cookie: 'lang=nl; display=projector' })), url).toBe(true);
    }
  });
  it('keeps no-store for private pages, sessions, voters, navigations and posts', () => {
    expect(mayKeepInBrowser(req('/teacher'))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery/../teacher/queue'))).toBe(false);
    expect(mayKeepInBrowser(req('/r/secret-token'))).toBe(false);
    expect(mayKeepInBrowser(req('/api/tallies/1'))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery/een-ceo/vote'))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery', { cookie: 'lang=nl; pg_teacher_session=abc' }))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery', { rsc: '1' }))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery?_rsc=abc'))).toBe(false);
    expect(mayKeepInBrowser(req('/gallery', {}, 'POST'))).toBe(false);
  });
});

describe('allowBrowserCopy', () => {
  const response = () => new ServerResponse(new IncomingMessage(new Socket()));
  it("replaces Next's no-store and leaves other headers alone", () => {
    const res = response();
    allowBrowserCopy(res);
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    expect(res.getHeader('cache-control')).toBe(BROWSER_COPY);
    expect(res.getHeader('content-type')).toBe('text/html; charset=utf-8');
  });
  it('keeps a cache header that already allows storing', () => {
    const res = response();
    allowBrowserCopy(res);
    res.setHeader('cache-control', 's-maxage=31536000');
    expect(res.getHeader('cache-control')).toBe('s-maxage=31536000');
  });
});
