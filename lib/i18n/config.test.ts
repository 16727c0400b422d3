import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './config';

describe('localeFromAcceptLanguage', () => {
  it('follows the first supported language by q-value', () => {
    expect(localeFromAcceptLanguage('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,nl;q=0.7')).toBe('nl');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
  });
  it('falls back to English for other or missing languages', () => {
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
    expect(localeFromAcceptLanguage('nl;q=0')).toBe('en');
  });
});
