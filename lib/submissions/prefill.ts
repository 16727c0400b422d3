import { CASE_KINDS, type CaseKind } from '@/db/schema';
import { cleanText } from '@/lib/validation/clean-text';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';

export type Prefill = {
  title: string;
  caseKind: CaseKind | '';
  prompt: string;
  tool: string;
  model: string;
};

type Query = Record<string, string | string[] | undefined>;

/**
 * Form values from a link such as `/submit?prompt=…&caseKind=bias&tool=DALL·E` (prompt cards link
 * here). Untrusted like any input: cleaned, cut to the field limits, unknown case kinds ignored.
 */
export function prefillFromQuery(query: Query): Prefill {
  const one = (name: string, max: number, multiline = false) => {
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value ? cleanText(value.slice(0, max * 2), { multiline }).slice(0, max) : '';
  };
  const kind = one('caseKind', 40);
  return {
    title: one('title', L.title),
    caseKind: (CASE_KINDS as readonly string[]).includes(kind) ? (kind as CaseKind) : '',
    prompt: one('prompt', L.prompt, true),
    tool: one('tool', L.tool),
    model: one('model', L.model),
  };
}
