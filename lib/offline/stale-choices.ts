import { DISPLAY_COOKIE, displayFromCookie, type Display } from '@/lib/display/config';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';

/**
 * A page can be older than the visitor's choices of language and display: the service worker
 * serves the copy it saved (offline, or when the network does not answer in time) and "back"
 * restores a page from the browser's back/forward cache. Both choices live in cookies the page
 * can read, so it can tell. Pure: the browser side is app/_components/use-stale-choices.ts.
 */
export type PageChoices = { locale: string; display: string };
export type StaleChoices = { locale: Locale | null; display: Display | null };

/** What the cookies choose that the page does not show (null where they agree or say nothing). */
export function staleChoices(cookieHeader: string, page: PageChoices): StaleChoices {
  const cookies = new Map(
    cookieHeader
      .split(';')
      .map((part) => part.trim().split('=') as [string, string?])
      // Both values are plain words; nothing to decode (a malformed escape must not throw).
      .map(([name, value = '']) => [name, value] as const),
  );
  const chosenLocale = cookies.get(LOCALE_COOKIE);
  // Without a language cookie the server chose by Accept-Language, which the page cannot see.
  const locale = isLocale(chosenLocale) && chosenLocale !== page.locale ? chosenLocale : null;
  const chosenDisplay = displayFromCookie(cookies.get(DISPLAY_COOKIE));
  const display = chosenDisplay !== displayFromCookie(page.display) ? chosenDisplay : null;
  return { locale, display };
}

export function isStale(stale: StaleChoices): boolean {
  return stale.locale !== null || stale.display !== null;
}
