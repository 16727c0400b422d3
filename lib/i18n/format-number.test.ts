import { describe, expect, it } from 'vitest';
import { LOCALES } from './config';
import { formatFixed, formatSignificant } from './format-number';

// A fixed pseudo-random sweep, so a failure names the same number on every run.
function* sample(): Generator<number> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  yield* [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.115, 0.125, 9.995, 99.5, 999.5, 999_999.5, 0.0001, 0.00015, 0.00025];
  yield* [1e-7, 123_456_789, 1234.5, -1234.5, 0.045, 1e21, 5e-324, Number.MAX_SAFE_INTEGER];
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 14 - 7);
    const n = (next() - 0.3) * magnitude;
    yield n;
    yield Math.round(n * 1000) / 1000; // values that sit on a rounding boundary more often
  }
}

describe('formatFixed', () => {
  for (const locale of LOCALES) {
    it(`writes what Intl.NumberFormat writes in ${locale}`, () => {
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        for (const n of sample()) expect([n, digits, formatFixed(locale, n, digits)]).toEqual([n, digits, intl.format(n)]);
      }
    });
  }

  it('uses each language’s own separators and rounds the decimal a reader sees', () => {
    expect(formatFixed('nl', 1234.5, 1)).toBe('1.234,5');
    expect(formatFixed('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatFixed('en', 1.005, 2)).toBe('1.01'); // toFixed would say 1.00
    expect(formatFixed('nl', 9.995, 2)).toBe('10,00');
    expect(formatFixed('en', Number.NaN, 2)).toBe('NaN');
  });
});

describe('formatSignificant', () => {
  for (const locale of LOCALES) {
    it(`writes what Intl.NumberFormat writes in ${locale}`, () => {
      for (const significant of [1, 2, 3]) {
        const intl = new Intl.NumberFormat(locale, { maximumSignificantDigits: significant });
        for (const n of sample()) expect([n, significant, formatSignificant(locale, n, significant)]).toEqual([n, significant, intl.format(n)]);
      }
    });
  }

  it('writes small learning rates in full', () => {
    expect(formatSignificant('en', 0.0002, 2)).toBe('0.0002');
    expect(formatSignificant('nl', 0.00015, 2)).toBe('0,00015');
  });
});
