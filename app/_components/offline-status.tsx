'use client';
import { SerwistProvider } from '@serwist/turbopack/react';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { refusesOffline } from '@/lib/offline/form-guard';
import { isOnlineNow, networkAnswered, useOnline } from './offline-use-online';
import { useStaleChoices } from './use-stale-choices';
import styles from './offline-status.module.css';

/**
 * Registers the service worker, keeps the pages reached by client-side navigation for offline use,
 * refuses forms while offline, and says so; says too when a saved page is in the other language.
 * Both live regions stay in the page so that screen readers announce their text when it appears.
 */
export function OfflineStatus() {
  const t = useT();
  const online = useOnline();
  const [refused, setRefused] = useState(false);
  const pathname = usePathname();
  useKeepVisitedPages(pathname);
  const savedInOtherLanguage = useStaleChoices() !== null;

  // "Back online" shows after the connection returns and lasts until the next page; a refusal
  // lasts while offline. Adjusted during render, as React recommends for state derived from props.
  const [seen, setSeen] = useState({ online, pathname, backOnline: false });
  if (seen.online !== online || seen.pathname !== pathname) {
    setSeen({ online, pathname, backOnline: online && !seen.online });
    if (online) setRefused(false);
  }

  useEffect(() => {
    // Capture phase on window: runs before React's own submit handling and before any form's
    // onSubmit, so neither an action nor an upload starts.
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      if (!refusesOffline(form, event.submitter as HTMLElement | null, isOnlineNow())) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setRefused(true);
    };
    window.addEventListener('submit', onSubmit, true);
    return () => window.removeEventListener('submit', onSubmit, true);
  }, []);

  return (
    <>
      <SerwistProvider
        swUrl="/serwist/sw.js"
        disable={process.env.NODE_ENV !== 'production'}
        cacheOnNavigation={false}
        reloadOnOnline={false}
      />
      <div className={styles.bar}>
        <div data-online={online} data-testid="offline-banner" role="status">
          {!online && <p className={styles.offline}>{t('offline.offline')}</p>}
          {online && seen.backOnline && <p className={styles.back}>{t('offline.backOnline')}</p>}
          {savedInOtherLanguage && (
            <p className={styles.offline} data-testid="saved-language">
              {t('offline.savedInOtherLanguage')}
            </p>
          )}
        </div>
        <div role="alert">
          {refused && !online && (
            <p className={styles.refused} data-testid="offline-refused">
              {t('offline.refused')}
            </p>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * Client-side navigations fetch only an RSC payload, which is not a page the browser can open
 * offline; so after each one (and after the first visit, before the worker controlled the page)
 * the worker is asked to fetch and keep the page's HTML. It keeps only the pages it may.
 */
function useKeepVisitedPages(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    const sw = navigator.serviceWorker;
    if (!sw || process.env.NODE_ENV !== 'production') return;
    // A later pathname came by a client-side navigation, whose page the network fetched.
    if (!first.current) networkAnswered();
    const skip = first.current && sw.controller !== null; // came through the worker: kept already
    first.current = false;
    if (skip) return;
    const url = location.pathname + location.search;
    void sw.ready.then((reg) =>
      reg.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [url] } }),
    );
  }, [pathname]);
}
