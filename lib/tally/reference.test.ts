import { describe, expect, it } from 'vitest';
import { parseReference } from './reference';

const keys = ['woman', 'man', 'cant-tell'];

describe('parseReference', () => {
  it('reads percentages (decimal comma too) as shares', () => {
    expect(parseReference({ 'share:woman': '35,5', 'share:man': '64.5', source: ' CBS 2024 ' }, keys)).toEqual({
      ok: true,
      reference: { shares: { woman: 0.355, man: 0.645 }, source: 'CBS 2024' },
    });
  });
  it('removes the reference when everything is empty', () => {
    expect(parseReference({ 'share:woman': '', source: '' }, keys)).toEqual({ ok: true, reference: null });
  });
  it('refuses bad numbers, a missing source and shares over 100%', () => {
    expect(parseReference({ 'share:woman': '120', source: 'x' }, keys)).toEqual({
      ok: false,
      errors: { 'share:woman': 'tally.editor.errors.shareInvalid' },
    });
    expect(parseReference({ 'share:man': '40' }, keys)).toEqual({
      ok: false,
      errors: { source: 'tally.editor.errors.sourceRequired' },
    });
    expect(parseReference({ 'share:man': '60', 'share:woman': '60', source: 'x' }, keys)).toEqual({
      ok: false,
      errors: { form: 'tally.editor.errors.sharesTooHigh' },
    });
    expect(parseReference({ source: 'only a source' }, keys)).toEqual({
      ok: false,
      errors: { form: 'tally.editor.errors.sharesRequired' },
    });
  });
});
