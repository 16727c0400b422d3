'use server';
import { cookies } from 'next/headers';
import { DISPLAY_COOKIE, PROJECTOR } from '@/lib/display/config';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The language switch: remembered in a first-party cookie, the only one a browsing visitor gets. */
export async function setLanguage(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR, sameSite: 'lax', path: '/' });
}

/**
 * The projector switch, remembered like the language. Turning it off removes the cookie, so a
 * visitor who never chose projector mode keeps no display cookie at all.
 */
export async function setDisplay(formData: FormData): Promise<void> {
  const jar = await cookies();
  if (formData.get('display') === PROJECTOR) {
    jar.set(DISPLAY_COOKIE, PROJECTOR, { maxAge: ONE_YEAR, sameSite: 'lax', path: '/' });
  } else {
    jar.delete(DISPLAY_COOKIE);
  }
}
