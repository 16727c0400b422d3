'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { isStale, staleChoices } from '@/lib/offline/stale-choices';
import { isOnlineNow, onBackOnline } from './offline-use-online';

const RELOADED = 'pg-stale-choices-reload';

/**
 * Keeps a page that is older than the visitor's language or display choice (a copy the service
 * worker saved, or one "back" restored from the back/forward cache) from showing the old choice
 * unannounced. Online, the page is fetched again, once. Offline (or when fetching it again gave the
 * same old copy), the display mode is switched on the spot, and the language the page cannot show
 * yet is returned so the page can say so. Checked on load, on "back" and when the network returns.
 */
export function useStaleChoices(): Locale | null {
  const [otherLocale, setOtherLocale] = useState<Locale | null>(null);
  useEffect(() => {
    let mounted = true;
    const check = async () => {
      const cookies = await readCookies();
      if (!mounted) return;
      const root = document.documentElement;
      const stale = staleChoices(cookies, {
        locale: root.lang,
        display: root.dataset.display ?? '',
      });
      if (!isStale(stale)) return setOtherLocale(null);
      if (isOnlineNow() && reloadAllowed()) return location.reload();
      if (stale.display) root.dataset.display = stale.display;
      setOtherLocale(stale.locale);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) check();
    };
    check();
    window.addEventListener('pageshow', onPageShow);
    const offBackOnline = onBackOnline(check);
    return () => {
      mounted = false;
      window.removeEventListener('pageshow', onPageShow);
      offBackOnline();
    };
  }, []);
  return otherLocale;
}

/**
 * The cookies as one `name=value; …` string, without holding up the page. A page's first read of
 * document.cookie waits for the browser process, which is busy while the page loads: 2–32 ms of
 * the main thread here, in the task that runs the page's effects. The CookieStore API answers
 * asynchronously; browsers offer it in secure contexts (HTTPS, localhost). Elsewhere, and if it
 * fails, document.cookie.
 */
async function readCookies(): Promise<string> {
  if (!('cookieStore' in window)) return document.cookie;
  try {
    const cookies = await window.cookieStore.getAll();
    return cookies.map((c) => `${c.name}=${c.value ?? ''}`).join('; ');
  } catch {
    return document.cookie;
  }
}

/** One reload per page within a few seconds: a network too slow to answer must not cause a loop. */
function reloadAllowed(): boolean {
  try {
    const [path, at] = (sessionStorage.getItem(RELOADED) ?? '').split('|');
    if (path === location.pathname && Date.now() - Number(at) < 15_000) return false;
    sessionStorage.setItem(RELOADED, `${location.pathname}|${Date.now()}`);
    return true;
  } catch {
    return false; // storage refused (private mode): better an announced old copy than a loop
  }
}
