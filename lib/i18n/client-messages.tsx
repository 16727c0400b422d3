import type { ReactNode } from 'react';
import { I18nProvider } from './client';
import type { Messages } from './messages';
import { getLocale, MESSAGES } from './server';

/**
 * Gives the client components below it the strings they need, by area ('gan') or by part of an
 * area ('submit.report'). Every string sent here travels in each page's HTML and RSC payload, so
 * a page picks only what its client components show.
 */
export async function ClientMessages({ pick, children }: { pick: string[]; children: ReactNode }) {
  const locale = await getLocale();
  const subset: Record<string, unknown> = {};
  for (const path of pick) {
    const [area, part] = path.split('.') as [keyof Messages, string | undefined];
    const source = MESSAGES[locale][area] as Record<string, unknown>;
    subset[area] = part ? { ...(subset[area] as object), [part]: source[part] } : source;
  }
  return (
    <I18nProvider locale={locale} messages={subset as Partial<Messages>}>
      {children}
    </I18nProvider>
  );
}
