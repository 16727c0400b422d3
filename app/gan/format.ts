'use client';
import { useMemo } from 'react';
import { useI18n } from '@/lib/i18n/client';

/** Number formatting in the page's language (Dutch writes 0,5 and 1.200). */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(() => {
    const cache = new Map<number, Intl.NumberFormat>();
    const nf = (digits: number) => {
      let f = cache.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        cache.set(digits, f);
      }
      return f;
    };
    return {
      int: (n: number) => nf(0).format(Math.round(n)),
      fixed: (n: number, digits: number) => (Number.isFinite(n) ? nf(digits).format(n) : '–'),
      percent: (share: number) => nf(0).format(Math.round(share * 100)),
      /** Learning rates: 0.001 rather than 1e-3, which a class cannot read. */
      rate: (n: number) => new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(n),
      date: (ms: number) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    };
  }, [locale]);
}
