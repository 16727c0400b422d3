import { z } from 'zod';
import { CASE_KINDS, CONTENT_LOCALES, type GenerationSettings } from '@/db/schema';
import { cleanText } from './clean-text';
import { SUBMISSION_LIMITS as L, type SubmissionIssue } from './submission-limits';

/** Zod messages are our error codes; `issuesFromZod` turns them into SubmissionIssues. */
const text = (max: number, multiline = false) =>
  z
    .string({ error: 'required' })
    .overwrite((v) => cleanText(v, { multiline }))
    .max(max, { error: 'tooLong' });
const required = (max: number, multiline = false) =>
  text(max, multiline).min(1, { error: 'required' });
const optional = (max: number, multiline = false) => text(max, multiline).optional().default('');

const optionalNumber = (opts: { min: number; max: number; int?: boolean }) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      const raw = typeof v === 'string' ? v.trim().replace(',', '.') : v;
      if (raw === undefined || raw === '') return undefined;
      const n = Number(raw);
      if (
        !Number.isFinite(n) ||
        (opts.int && !Number.isInteger(n)) ||
        n < opts.min ||
        n > opts.max
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'invalidNumber',
          params: { min: opts.min, max: opts.max },
        });
        return z.NEVER;
      }
      return n;
    });

const SIZE = /^(\d{1,5})\s*[x×*]\s*(\d{1,5})$/i;

const settingsSchema = z
  .object({
    seed: optional(L.seed),
    steps: optionalNumber({ min: 1, max: 10_000, int: true }),
    guidance: optionalNumber({ min: 0, max: 100 }),
    sampler: optional(L.sampler),
    size: optional(L.size).refine((v) => v === '' || SIZE.test(v), { error: 'invalidSize' }),
  })
  .prefault({})
  .transform(({ seed, steps, guidance, sampler, size }): GenerationSettings => {
    const settings: GenerationSettings = {};
    if (seed) settings.seed = /^\d{1,15}$/.test(seed) ? Number(seed) : seed;
    if (steps !== undefined) settings.steps = steps;
    if (guidance !== undefined) settings.guidance = guidance;
    if (sampler) settings.sampler = sampler;
    const m = SIZE.exec(size);
    if (m) [settings.width, settings.height] = [Number(m[1]), Number(m[2])];
    return settings;
  });

export const variantSchema = z.object({
  prompt: required(L.prompt, true),
  revisedPrompt: optional(L.revisedPrompt, true),
  tool: required(L.tool),
  model: optional(L.model),
  settings: settingsSchema,
});

/** The text part of a submission (the JSON `payload` field); the run files travel beside it. */
export const submissionSchema = z.object({
  title: required(L.title),
  caseKind: z.enum(CASE_KINDS, { error: 'invalidChoice' }),
  description: optional(L.description, true),
  locale: z.enum(CONTENT_LOCALES, { error: 'invalidChoice' }),
  submitterName: optional(L.submitterName),
  variants: z
    .array(variantSchema, { error: 'variantsRequired' })
    .min(1, { error: 'variantsRequired' })
    .max(L.maxVariants, { error: 'tooManyVariants' }),
});

export type SubmissionFields = z.infer<typeof submissionSchema>;

/** Zod issues as the API reports them: a field path, an error code and its parameters. */
export function issuesFromZod(error: z.ZodError): SubmissionIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.') || 'form';
    const known = issue.message as SubmissionIssue['code'];
    const code = KNOWN.has(known) ? known : issue.code === 'invalid_type' ? 'required' : 'invalid';
    const params: Record<string, number> = {};
    if (issue.code === 'too_big') params.max = Number(issue.maximum);
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    return Object.keys(params).length ? { path, code, params } : { path, code };
  });
}

const KNOWN = new Set<string>([
  'required',
  'tooLong',
  'invalidChoice',
  'invalidNumber',
  'invalidSize',
  'variantsRequired',
  'tooManyVariants',
]);
