/// <reference lib="webworker" />
/**
 * The service worker (Serwist): after one visit with the network on, the GAN demo, the lesson,
 * the prompt cards and the gallery pages and images already seen keep working offline. Built by
 * app/serwist/[path]/route.ts during `next build`; see docs/offline.md. At install it fetches only
 * the built app code every page needs; the GAN demo's ~3 MB of files and the tfjs chunk are
 * fetched when /gan is visited (or when a page uses them).
 */
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import {
  CACHE_PREFIX,
  cacheNames,
  isPagesCache,
  manifestVersion,
  outdatedCaches,
} from '@/lib/offline/cache-names';
import { GanCache } from '@/lib/offline/gan-cache';
import {
  entryUrl,
  filesToFetchAhead,
  hasWasmSimd,
  isGanFile,
  splitManifest,
} from '@/lib/offline/gan-files';
import { offlinePageResponse } from '@/lib/offline/refusal-page';
import { markSavedCopy } from '@/lib/offline/saved-copy';
import { isContentImage, isSmallAsset, isOfflinePage } from '@/lib/offline/routes';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const manifest = self.__SW_MANIFEST ?? [];
const { atInstall, gan, ganPaths } = splitManifest(manifest);
const version = manifestVersion(manifest);
const names = cacheNames(version, manifestVersion(gan));
const ganFiles = new GanCache(names.gan, filesToFetchAhead(gan.map(entryUrl), hasWasmSimd()));
const onlyOk = new CacheableResponsePlugin({ statuses: [200] });

/** A navigation that cannot be answered says so in both languages instead of the browser's error. */
const offlineFallback = (kind: 'not-saved' | 'not-sent'): SerwistPlugin => ({
  handlerDidError: async ({ request }) =>
    request.mode === 'navigate' ? offlinePageResponse(kind) : undefined,
});

/** NetworkFirst reads its cache only when the network failed: the page then says it is offline. */
const markedWhenSaved: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse && markSavedCopy(cachedResponse),
};

// Pages are fetched fresh when the network answers within a few seconds (online users see new
// content at once) and come from the cache otherwise. The client asks for the HTML of pages it
// reaches by client-side navigation too (CACHE_URLS), so those are kept as well.
const pages = new NetworkFirst({
  cacheName: names.pages,
  networkTimeoutSeconds: 5,
  plugins: [
    markedWhenSaved,
    onlyOk,
    new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true }),
    offlineFallback('not-saved'),
    ganFiles.keepWithPage(),
  ],
});

const serwist = new Serwist({
  precacheEntries: atInstall,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  cacheId: CACHE_PREFIX,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ sameOrigin, url }) =>
        sameOrigin && (isGanFile(url.pathname) || ganPaths.has(url.pathname)),
      handler: ganFiles.strategy,
    },
    {
      matcher: ({ sameOrigin, request, url }) =>
        sameOrigin &&
        request.headers.get('RSC') !== '1' &&
        !url.searchParams.has('_rsc') &&
        isOfflinePage(url.pathname),
      handler: pages,
    },
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && isContentImage(url.pathname),
      handler: new CacheFirst({
        cacheName: names.images,
        plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && isSmallAsset(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: names.assets, plugins: [onlyOk] }),
    },
    // Any other page (teacher, receipts, voting, not yet visited): straight to the network, and a
    // clear page instead of the browser's error when offline. Nothing here is cached.
    {
      matcher: ({ request }) => request.mode === 'navigate',
      handler: new NetworkOnly({ plugins: [offlineFallback('not-saved')] }),
    },
    // A form posted by the browser itself (no JavaScript yet) while offline: refused, not lost.
    {
      matcher: ({ request }) => request.mode === 'navigate',
      method: 'POST',
      handler: new NetworkOnly({ plugins: [offlineFallback('not-sent')] }),
    },
  ],
});

// A browser that kept an older version of the GAN files gets the new ones while this worker
// installs, so the demo keeps working offline after an update (see GanCache.fillOnInstall).
self.addEventListener('install', (event) => {
  event.waitUntil((async () => ganFiles.fillOnInstall(event, await caches.keys()))());
});

// A new build's worker drops the page, asset and GAN caches of older versions, after fetching
// the pages they held again (it activates while online), so visited pages stay available offline.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const outdated = outdatedCaches(await caches.keys(), names);
      for (const name of outdated) {
        if (isPagesCache(name)) {
          const old = await caches.open(name);
          const urls = (await old.keys()).map((r) => r.url);
          await Promise.allSettled(
            urls.map((url) => pages.handleAll({ request: new Request(url), event })[1]),
          );
        }
        await caches.delete(name);
      }
    })(),
  );
});

// Turbopack starts the GAN's worker from a script whose bootstrap config travels in the URL's
// fragment (`#params=…`). A worker whose script comes from a service worker gets the response's
// URL, without the fragment, and starts without its config; so worker scripts are left to the
// browser (listener added before Serwist's, which then never sees them). The script is small and
// immutable (`/_next/static`), so offline the browser's HTTP cache answers; what it imports
// comes from the precache as usual.
self.addEventListener('fetch', (event) => {
  if (event.request.destination === 'worker') event.stopImmediatePropagation();
});

serwist.addEventListeners();
