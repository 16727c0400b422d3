import type { CaseKind } from '@/db/schema';
import type { Prefill } from '@/lib/submissions/prefill';
import {
  runFieldName,
  SUBMISSION_LIMITS as L,
  type SubmissionErrorCode,
  type SubmissionIssue,
} from '@/lib/validation/submission-limits';

/** Everything the visitor typed and chose, files included, so nothing is lost on an error. */
export type RunItem = { id: string; file: File; url: string };
export type VariantState = {
  id: string;
  prompt: string;
  revisedPrompt: string;
  tool: string;
  model: string;
  seed: string;
  steps: string;
  guidance: string;
  sampler: string;
  size: string;
  runs: RunItem[];
};
export type FormState = {
  title: string;
  caseKind: CaseKind | '';
  description: string;
  locale: 'nl' | 'en';
  submitterName: string;
  variants: VariantState[];
};
export type TextField = Exclude<keyof FormState, 'variants'>;
export type VariantTextField = Exclude<keyof VariantState, 'id' | 'runs'>;

/** Errors keyed by what they belong to, stable while variants and runs move: see errorKey. */
export type FormErrors = Record<
  string,
  { code: SubmissionErrorCode; params?: Record<string, string | number> }
>;

export const emptyVariant = (id: string, prefill?: Partial<Prefill>): VariantState => ({
  id,
  prompt: prefill?.prompt ?? '',
  revisedPrompt: '',
  tool: prefill?.tool ?? '',
  model: prefill?.model ?? '',
  seed: '',
  steps: '',
  guidance: '',
  sampler: '',
  size: '',
  runs: [],
});

export function initialState(prefill: Prefill, locale: 'nl' | 'en'): FormState {
  return {
    title: prefill.title,
    caseKind: prefill.caseKind,
    description: '',
    locale,
    submitterName: '',
    variants: [emptyVariant('v0', prefill)],
  };
}

/** Error keys: `title`…, `v:<variant id>.<field>`, `v:<variant id>.runs`, `r:<run id>`. */
export const variantKey = (variantId: string, field: string) => `v:${variantId}.${field}`;
export const runKey = (runId: string) => `r:${runId}`;

/** The key for a server path such as `variants.1.runs.3`, by the state the request was built from. */
export function errorKey(path: string, variants: VariantState[]): string {
  const m = /^variants\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!m) return path;
  const variant = variants[Number(m[1])];
  if (!variant) return 'variants';
  const rest = m[2] ?? 'prompt';
  const run = /^runs\.(\d+)$/.exec(rest);
  if (!run) return variantKey(variant.id, rest);
  const item = variant.runs[Number(run[1])];
  return item ? runKey(item.id) : variantKey(variant.id, 'runs');
}

export function errorsFromIssues(issues: SubmissionIssue[], variants: VariantState[]): FormErrors {
  const errors: FormErrors = {};
  for (const { path, code, params } of issues)
    errors[errorKey(path, variants)] ??= { code, params };
  return errors;
}

/** The checks the browser can make before sending; the server repeats them and more. */
export function checkBeforeSending(state: FormState): FormErrors {
  const errors: FormErrors = {};
  if (!state.title.trim()) errors.title = { code: 'required' };
  if (!state.caseKind) errors.caseKind = { code: 'required' };
  let total = 0;
  for (const v of state.variants) {
    if (!v.prompt.trim()) errors[variantKey(v.id, 'prompt')] = { code: 'required' };
    if (!v.tool.trim()) errors[variantKey(v.id, 'tool')] = { code: 'required' };
    if (v.runs.length === 0) errors[variantKey(v.id, 'runs')] = { code: 'runsRequired' };
    for (const run of v.runs) {
      total += run.file.size;
      const e = fileProblem(run.file);
      if (e) errors[runKey(run.id)] = e;
    }
  }
  if (total > L.maxTotalBytes)
    errors.form = { code: 'submissionTooLarge', params: { max: L.maxTotalBytes / 1024 / 1024 } };
  return errors;
}

export function fileProblem(file: File): FormErrors[string] | null {
  if (file.size === 0) return { code: 'fileEmpty' };
  if (file.size > L.maxFileBytes)
    return { code: 'fileTooLarge', params: { max: L.maxFileBytes / 1024 / 1024 } };
  return null;
}

/** The request body: the texts as one JSON part, then each run's file at its position. */
export function toFormData(state: FormState): FormData {
  const form = new FormData();
  const payload = {
    title: state.title,
    caseKind: state.caseKind,
    description: state.description,
    locale: state.locale,
    submitterName: state.submitterName,
    variants: state.variants.map((v) => ({
      prompt: v.prompt,
      revisedPrompt: v.revisedPrompt,
      tool: v.tool,
      model: v.model,
      settings: {
        seed: v.seed,
        steps: v.steps,
        guidance: v.guidance,
        sampler: v.sampler,
        size: v.size,
      },
    })),
  };
  form.append('payload', JSON.stringify(payload));
  state.variants.forEach((v, i) =>
    v.runs.forEach((run, r) => form.append(runFieldName(i, r), run.file)),
  );
  return form;
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}
