'use server';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The language switch: remembered in a first-party cookie, the only one a browsing visitor gets. */
export async function setLanguage(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR, sameSite: 'lax', path: '/' });
}
