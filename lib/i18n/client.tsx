'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from './config';
import { createTranslator, type Messages, type Translate } from './translate';

type Context = { locale: Locale; messages: Partial<Messages>; t: Translate };
const I18nContext = createContext<Context | null>(null);

/**
 * Hands the server's locale and messages to client components. Providers nest: an area (the GAN
 * demo, the submit form) adds its own strings to those of the layout above it, so a page only
 * ships the strings its client components can show.
 */
export function I18nProvider(props: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const messages = parent ? mergeMessages(parent.messages, props.messages) : props.messages;
    return { locale: props.locale, messages, t: createTranslator(messages as Messages, props.locale) };
  }, [parent, props.locale, props.messages]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

function mergeMessages(a: Partial<Messages>, b: Partial<Messages>): Partial<Messages> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key];
    out[key] = prev && typeof prev === 'object' && typeof value === 'object' ? { ...prev, ...value } : value;
  }
  return out as Partial<Messages>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
