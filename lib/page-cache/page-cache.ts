import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from '@/lib/i18n/config';

/**
 * A memory cache of whole public pages (the home page, the gallery and comparison pages), in front
 * of Next's renderer. A visitor who only browses gets the same HTML as every other visitor with
 * the same language, so rendering it once per content version is enough; on a 2-core school
 * server this turns ~80 ms of rendering into a memory copy. Entries are tied to the database's
 * content version (db/migrations/0002_content_version.sql): any change to what pages show makes
 * every older entry a miss, so nothing stale is ever served.
 */
export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer };
type Entry = CachedPage & { version: number };

const CACHEABLE_PATH = /^\/(gallery(\/[a-z0-9-]{1,80})?)?$/;
/** Cookies that do not change what a public page shows, apart from the language in the key. */
const NEUTRAL_COOKIES = new Set([LOCALE_COOKIE, 'display']);

export type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** The cache key for a request, or null when its answer must be rendered for it alone. */
export function pageCacheKey(req: RequestLike): string | null {
  if (!isAnonymousPageRequest(req)) return null;
  const h = req.headers;
  const url = requestUrl(req);
  if (!CACHEABLE_PATH.test(url.pathname)) return null;
  const cookies = parseCookies(String(h['cookie'] ?? ''));
  const chosen = cookies.get(LOCALE_COOKIE);
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(first(h['accept-language']));
  const gzip = /\bgzip\b/.test(first(h['accept-encoding']) ?? '') ? 'gz' : 'id';
  return `${locale}|${gzip}|${cookies.get('display') ?? ''}|${url.pathname}${url.search}`;
}

export class PageCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string, version: number): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.body.length;
      return null;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, version: number, page: CachedPage): void {
    if (page.body.length > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, { ...page, version });
    this.bytes += page.body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }

  get size() {
    return this.entries.size;
  }
}

/** Whether a rendered answer may be kept for everyone: a full 200 page that sets no cookie. */
export function isShareable(status: number, headers: Record<string, unknown>, key: string): boolean {
  if (status !== 200 || headers['set-cookie']) return false;
  const encoding = String(headers['content-encoding'] ?? '');
  return key.includes('|gz|') ? encoding === '' || encoding === 'gzip' : encoding === '';
}

/**
 * The request's path and query. `URL` resolves `..` and `.` segments before anything is decided
 * on the path, so `/gallery/../teacher` is seen as `/teacher`. `req.url` is a path; the base only
 * lets `URL` parse it, and nothing reads its host.
 */
export function requestUrl(req: RequestLike): URL {
  return new URL(req.url ?? '/', 'http://localhost');
}

/**
 * A GET (or HEAD) for a whole page from a visitor who only browses: no cookie but the language and
 * display choices. Client-side navigations (RSC payloads), prefetches and server actions are not.
 */
export function isAnonymousPageRequest(req: RequestLike): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const h = req.headers;
  if (h['rsc'] || h['next-router-prefetch'] || h['next-action'] || h['next-router-state-tree']) return false;
  if (requestUrl(req).searchParams.has('_rsc')) return false;
  const cookies = parseCookies(String(h['cookie'] ?? ''));
  return [...cookies.keys()].every((name) => NEUTRAL_COOKIES.has(name));
}

function parseCookies(header: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) map.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return map;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
