/**
 * The production server: Next's request handler with a page cache in front of it for the public
 * pages (lib/page-cache). `npm start` runs it after scripts/prepare-start.ts.
 */
import { createServer } from 'node:http';
import next from 'next';
import { openDatabase } from '@/db/connection';
import { parseEnv } from '@/lib/env-core';
import { allowBrowserCopy, mayKeepInBrowser } from '@/lib/page-cache/browser-copy';
import { captureResponse } from '@/lib/page-cache/capture';
import { isShareable, PageCache, pageCacheKey } from '@/lib/page-cache/page-cache';

const env = parseEnv(process.env);
// hostname and port let Next fetch its own pages (a server action that redirects renders the
// target in the same response).
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

// A connection of its own, read-only in practice: one indexed read per cacheable request.
const db = openDatabase(env.dbFile);
const versionStatement = db.$client.prepare('SELECT version FROM content_version WHERE id = 1').pluck();
const cache = new PageCache();

createServer((req, res) => {
  if (mayKeepInBrowser(req)) allowBrowserCopy(res);
  const key = env.PAGE_CACHE ? pageCacheKey(req) : null;
  if (!key) return void handle(req, res);
  const version = versionStatement.get() as number;
  const hit = cache.get(key, version);
  if (hit) {
    res.writeHead(hit.status, { ...hit.headers, 'x-page-cache': 'hit' });
    return void res.end(req.method === 'HEAD' ? undefined : hit.body);
  }
  res.setHeader('x-page-cache', 'miss');
  captureResponse(res, (page) => {
    if (req.method === 'GET' && isShareable(page.status, page.headers, key)) cache.set(key, version, page);
  });
  void handle(req, res);
}).listen(env.PORT, () => {
  console.log(`Prompt Gallery is ready on http://localhost:${env.PORT}`);
});
