'use client';
import { useMemo } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { formatFixed, formatSignificant } from '@/lib/i18n/format-number';

/**
 * Number formatting in the page's language (Dutch writes 0,5 and 1.200). Numbers go through
 * lib/i18n/format-number rather than Intl.NumberFormat, whose first use costs a long task while
 * /gan hydrates (see there).
 */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      int: (n: number) => formatFixed(locale, Math.round(n), 0),
      fixed: (n: number, digits: number) => (Number.isFinite(n) ? formatFixed(locale, n, digits) : '–'),
      percent: (share: number) => formatFixed(locale, Math.round(share * 100), 0),
      /** File sizes, in the units the rest of the app uses (1 kB = 1,024 bytes). */
      kilobytes: (bytes: number) => formatFixed(locale, Math.round(bytes / 1024), 0),
      megabytes: (bytes: number) => formatFixed(locale, bytes / 1024 / 1024, 1),
      /** Learning rates: 0.001 rather than 1e-3, which a class cannot read. */
      rate: (n: number) => formatSignificant(locale, n, 2),
      // Dates appear only beside saved models, listed after the page has loaded: Intl is fine there.
      date: (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    }),
    [locale],
  );
}
