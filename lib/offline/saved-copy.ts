/**
 * A page the service worker answers from its saved copy because the network did not (offline, or
 * school Wi-Fi that is connected but reaches nothing) carries a Server-Timing entry, which the
 * page reads from its own navigation timing. `navigator.onLine` alone misses both a network that
 * is up but goes nowhere and, in some Chromium builds, a reload while offline.
 */
export const SAVED_COPY_TIMING = 'saved-copy';

/** The service worker's side: the cached response, marked (the cache itself keeps it unmarked). */
export function markSavedCopy(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.append('Server-Timing', SAVED_COPY_TIMING);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The page's side: whether its document came from the saved copy. */
export function isSavedCopy(
  entries: ReadonlyArray<{ serverTiming?: ReadonlyArray<{ name: string }> }>,
): boolean {
  return entries.some((e) => e.serverTiming?.some((t) => t.name === SAVED_COPY_TIMING) ?? false);
}
