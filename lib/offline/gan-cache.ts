/// <reference lib="webworker" />
/**
 * The service worker's cache of the GAN demo's files (see gan-files.ts): filled when /gan is
 * visited, then read first, with the network as fallback. Worker code (caches, fetch).
 */
import { CacheableResponsePlugin, CacheFirst, type SerwistPlugin } from 'serwist';
import { isGanCache } from './cache-names';
import { GAN_PAGE } from './gan-files';

export class GanCache {
  /** Serves GAN files: from the cache when kept, else from the network (and keeps them then). */
  readonly strategy: CacheFirst;
  private filling: Promise<void> | undefined;

  constructor(
    readonly cacheName: string,
    private readonly urls: readonly string[],
  ) {
    this.strategy = new CacheFirst({
      cacheName,
      // Revalidated with the server: a copy in the browser's HTTP cache may be an older build's.
      fetchOptions: { cache: 'no-cache' },
      plugins: [new CacheableResponsePlugin({ statuses: [200] })],
    });
  }

  /**
   * Fetches the files the cache does not hold yet (all of them, once per version of the files).
   * One run at a time: a second visit while the first run is busy joins it. A file that fails is
   * fetched again on the next visit to /gan.
   */
  fill(event: ExtendableEvent): Promise<void> {
    this.filling ??= Promise.allSettled(
      this.urls.map((url) => {
        const [response, done] = this.strategy.handleAll({ request: new Request(url), event });
        response.catch(() => undefined); // a failure is reported (and ignored) through `done`
        return done;
      }),
    ).then(() => {
      this.filling = undefined;
    });
    return this.filling;
  }

  /**
   * For the pages strategy: once the /gan page itself was fetched and saved (a navigation, or the
   * page asking the worker to keep it after the first visit or a client-side navigation), keep
   * its files too. Not while a new worker activates (it renews saved pages then): that would hold
   * up every request until ~3 MB arrived; `fillOnInstall` covers updates instead.
   */
  keepWithPage(): SerwistPlugin {
    return {
      cacheDidUpdate: ({ request, event }) => {
        if (event.type === 'activate' || new URL(request.url).pathname !== GAN_PAGE) return;
        event.waitUntil(this.fill(event));
      },
    };
  }

  /**
   * While a new worker installs (the old one still serves, so nothing waits): if this browser
   * kept another version of the GAN files, it uses the demo, so fetch the new version now and
   * the demo keeps working offline. Unchanged files are answered by the HTTP cache's revalidation.
   */
  async fillOnInstall(event: ExtendableEvent, existing: readonly string[]): Promise<void> {
    if (existing.some(isGanCache) && !existing.includes(this.cacheName)) await this.fill(event);
  }
}
