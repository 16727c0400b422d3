import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from './config';
import { MESSAGES } from './messages';
import { createTranslator } from './translate';

export { MESSAGES };

/** The visitor's choice (cookie) wins; a first visit follows the browser's language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});

export async function getT() {
  const locale = await getLocale();
  return createTranslator(MESSAGES[locale], locale);
}
