import { describe, expect, it } from 'vitest';
import { MESSAGES } from './index';

function keys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('Dutch and English have exactly the same keys', () => {
    const nl = new Set(keys(MESSAGES.nl));
    const en = new Set(keys(MESSAGES.en));
    expect([...nl].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nl.has(k))).toEqual([]);
  });
  it('no string is empty', () => {
    for (const locale of ['nl', 'en'] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        let v: unknown = MESSAGES[locale];
        for (const p of k.split('.')) v = (v as Record<string, unknown>)[p];
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
