import type { ServerResponse } from 'node:http';
import { isOfflinePage } from '@/lib/offline/routes';
import { isAnonymousPageRequest, requestUrl, type RequestLike } from './page-cache';

/**
 * Next sends every dynamic page with `Cache-Control: private, no-cache, no-store, …`. `no-store`
 * keeps a page out of the browser's back/forward cache, so on a phone "back" from a comparison
 * to the gallery reloads the page over school Wi-Fi instead of showing it at once. Public pages
 * a browsing visitor sees are not secret: they may be kept by the browser (never by a shared
 * cache: `private`) and are revalidated on every load (`no-cache`), so nothing stale is shown
 * on a reload. Teacher pages, receipts, the API and anyone with a session or vote cookie keep
 * `no-store`.
 */
export const BROWSER_COPY = 'private, no-cache';

const ALSO_PUBLIC = new Set(['/privacy', '/submit']);

/** Whether the answer to this request may stay in the visitor's browser. */
export function mayKeepInBrowser(req: RequestLike): boolean {
  if (!isAnonymousPageRequest(req)) return false; // RSC payloads and actions keep Next's header
  const { pathname } = requestUrl(req);
  return isOfflinePage(pathname) || ALSO_PUBLIC.has(pathname);
}

/** Replaces Next's `no-store` on this response with BROWSER_COPY (other values are kept). */
export function allowBrowserCopy(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(
      name,
      name.toLowerCase() === 'cache-control' && String(value).includes('no-store') ? BROWSER_COPY : value,
    )) as ServerResponse['setHeader'];
}
