'use client';
import { useSyncExternalStore } from 'react';
import { isSavedCopy } from '@/lib/offline/saved-copy';

/**
 * Whether this document is the service worker's saved copy (lib/offline/saved-copy.ts): read once;
 * forgotten when the browser says it is back online or a client-side navigation got through.
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

/**
 * Calls `callback` when the network is back: the browser's 'online' event, or a saved copy whose
 * server answered again (see PROBE_MS). Returns the unsubscribe function.
 */
export function onBackOnline(callback: () => void): () => void {
  const onOnline = () => {
    savedCopy = false;
    callback();
  };
  backOnlineListeners.add(callback);
  window.addEventListener('online', onOnline);
  return () => {
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

function subscribe(onChange: () => void) {
  const onOnline = () => {
    savedCopy = false;
    onChange();
  };
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
