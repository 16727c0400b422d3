'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from './config';
import { createTranslator, type Messages, type Translate } from './translate';

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

/** Hands the server's chosen locale and messages to client components. */
export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale: props.locale, t: createTranslator(props.messages, props.locale) }),
    [props.locale, props.messages],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
