import type { TallyReference } from '@/db/schema';
import { cleanText } from '@/lib/validation/clean-text';

export const SOURCE_MAX = 200;
type Result = { ok: true; reference: TallyReference | null } | { ok: false; errors: Record<string, string> };

/**
 * The teacher's reference distribution from the form: a percentage per option (`share:<key>`,
 * empty = no reference for that option; a decimal comma is fine) and where the numbers come from.
 * All empty removes the reference. Shares need not cover every option, but cannot add up to more
 * than 100% (half a point of rounding allowed). Errors are message keys by field.
 */
export function parseReference(values: Record<string, string>, optionKeys: readonly string[]): Result {
  const errors: Record<string, string> = {};
  const shares: Record<string, number> = {};
  for (const key of optionKeys) {
    const raw = (values[`share:${key}`] ?? '').trim().replace(',', '.');
    if (raw === '') continue;
    const n = /^\d{1,3}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 0 && n <= 100)) errors[`share:${key}`] = 'tally.editor.errors.shareInvalid';
    else shares[key] = Math.round(n * 100) / 10_000;
  }
  const source = cleanText(values.source ?? '');
  const given = Object.keys(shares).length > 0;
  if (!given && !source && Object.keys(errors).length === 0) return { ok: true, reference: null };
  if (!given && Object.keys(errors).length === 0) errors.form = 'tally.editor.errors.sharesRequired';
  if (!source) errors.source = 'tally.editor.errors.sourceRequired';
  if (source.length > SOURCE_MAX) errors.source = 'tally.editor.errors.sourceTooLong';
  if (Object.values(shares).reduce((a, b) => a + b, 0) > 1.005) errors.form = 'tally.editor.errors.sharesTooHigh';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, reference: { shares, source } };
}
