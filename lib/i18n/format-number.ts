import type { Locale } from './config';

/**
 * Numbers in the page's language (Dutch writes 1.234,5; English 1,234.5), giving the same text as
 * `Intl.NumberFormat` for our two languages (format-number.test.ts checks this against Intl).
 *
 * Why not Intl itself in the browser: the first `Intl.NumberFormat` a page makes loads ICU's
 * number data, about 60 ms on our 2-core machines (bench/out traces), one long task in the middle
 * of hydrating /gan. Lighthouse's 4× CPU turns that into ~240 ms of blocking time. The server
 * may use either; this module is what client components call.
 */
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
};

/** The digits of a positive number and where its point is: value = 0.digits × 10^point. */
type Decimal = { digits: string; point: number };

/**
 * Intl rounds the shortest decimal that reads back as the same double (1.005 → "1.01", where
 * toFixed, working on the binary value 1.00499…, gives "1.00"). toExponential() with no argument
 * gives exactly that shortest decimal.
 */
function decimalOf(abs: number): Decimal {
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** Keeps `keep` leading digits, rounding half away from zero (Intl's default "halfExpand"). */
function roundDigits({ digits, point }: Decimal, keep: number): Decimal {
  if (keep < 0) return { digits: '', point };
  if (digits.length <= keep) return { digits, point };
  const kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) < 53 /* '5' */) return { digits: kept, point };
  // Add one to the kept digits; a carry out of the first digit moves the point.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 }; // 9.96 → 10.0
  return { digits: kept.slice(0, i) + String(Number(kept[i]) + 1), point };
}

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes a rounded decimal with between `minFraction` and `maxFraction` fraction digits. */
function write(locale: Locale, negative: boolean, d: Decimal, minFraction: number, maxFraction: number): string {
  const { group: groupSep, decimal } = SEPARATORS[locale];
  const all = d.digits.replace(/^0+/, '') === '' ? '' : d.digits;
  const integer = d.point > 0 ? all.slice(0, d.point).padEnd(d.point, '0').replace(/^0+/, '') || '0' : '0';
  let fraction = d.point >= 0 ? all.slice(d.point) : '0'.repeat(-d.point) + all;
  fraction = fraction.slice(0, maxFraction).padEnd(minFraction, '0');
  while (fraction.length > minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const text = group(integer, groupSep) + (fraction ? decimal + fraction : '');
  return negative ? `-${text}` : text;
}

function nonFinite(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
}

/** `n` with exactly `fractionDigits` digits after the point, like Intl's min = max fraction digits. */
export function formatFixed(locale: Locale, n: number, fractionDigits: number): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  const negative = n < 0 || Object.is(n, -0);
  if (n === 0) return write(locale, negative, { digits: '0', point: 1 }, fractionDigits, fractionDigits);
  const d = decimalOf(Math.abs(n));
  return write(locale, negative, roundDigits(d, d.point + fractionDigits), fractionDigits, fractionDigits);
}

/** `n` to at most `significant` significant digits, like Intl's maximumSignificantDigits. */
export function formatSignificant(locale: Locale, n: number, significant: number): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  const negative = n < 0 || Object.is(n, -0);
  if (n === 0) return write(locale, negative, { digits: '0', point: 1 }, 0, 0);
  const d = roundDigits(decimalOf(Math.abs(n)), significant);
  return write(locale, negative, d, 0, Math.max(0, d.digits.length - d.point));
}
