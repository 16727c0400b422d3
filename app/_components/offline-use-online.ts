'use client';
import { useSyncExternalStore } from 'react';
import { isSavedCopy } from '@/lib/offline/saved-copy';

/**
 * Whether this document is the service worker's saved copy (lib/offline/saved-copy.ts): read once;
 * forgotten once the network answers (networkAnswered), not on the browser's word alone.
 */
let savedCopy: boolean | null = null;
const listeners = new Set<() => void>();
const backOnlineListeners = new Set<() => void>();

function fromSavedCopy(): boolean {
  if (savedCopy === null) {
    savedCopy =
      typeof performance.getEntriesByType === 'function' &&
      isSavedCopy(performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]);
  }
  return savedCopy;
}

/** The network answered (a client-side navigation fetched its page, or the server a probe): no longer a saved copy. */
export function networkAnswered(): void {
  if (!fromSavedCopy()) return;
  savedCopy = false;
  for (const listener of [...listeners, ...backOnlineListeners]) listener();
}

/** How long 'online' must hold before a page acts on it (see onBackOnline). */
const SETTLE_MS = 1000;

/**
 * Calls `callback` when the network is back: the browser's 'online' event, or a saved copy whose
 * server answered again (see PROBE_MS). Returns the unsubscribe function.
 */
export function onBackOnline(callback: () => void): () => void {
  // A second later, if still online: a connection that has only just come up often cannot fetch
  // yet, and a page being left (Chromium fires 'online' in it during a reload while its offline
  // emulation is on) is gone by then instead of spending its one reload (use-stale-choices.ts).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onOnline = () => {
    clearTimeout(timer);
    timer = setTimeout(() => navigator.onLine && browserOnline(callback), SETTLE_MS);
  };
  backOnlineListeners.add(callback);
  window.addEventListener('online', onOnline);
  return () => {
    clearTimeout(timer);
    backOnlineListeners.delete(callback);
    window.removeEventListener('online', onOnline);
  };
}

/** Online as far as the page can tell: the browser says so and the page did not come from the saved copy. */
export function isOnlineNow(): boolean {
  return navigator.onLine && !fromSavedCopy();
}

/**
 * How often a saved copy asks the server whether it is reachable again. A network that is up but
 * goes nowhere never fires 'online', so without asking the page would say "offline" until the
 * next page. One tiny same-origin request, only while a saved copy is shown.
 */
const PROBE_MS = 4000;

async function probe(): Promise<void> {
  try {
    if ((await fetch('/api/health', { cache: 'no-store' })).ok) networkAnswered();
  } catch {
    // still unreachable
  }
}

/**
 * The browser's 'online' event. On a saved copy the server is asked first, and the probe's answer
 * tells every listener: the event alone is not proof (Chromium 150 fires it on a page reloaded
 * while its offline emulation is on, and on Wi-Fi that reaches nothing it means nothing).
 */
function browserOnline(then: () => void): void {
  if (fromSavedCopy()) void probe();
  else then();
}

function subscribe(onChange: () => void) {
  const onOnline = () => browserOnline(onChange);
  listeners.add(onChange);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onChange);
  const timer = fromSavedCopy()
    ? setInterval(() => {
        if (!savedCopy) clearInterval(timer);
        else if (navigator.onLine) void probe();
      }, PROBE_MS)
    : undefined;
  return () => {
    clearInterval(timer);
    listeners.delete(onChange);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onChange);
  };
}

/** The page's idea of being online (false when Wi-Fi drops or a saved copy is shown); the server assumes online. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnlineNow, () => true);
}
