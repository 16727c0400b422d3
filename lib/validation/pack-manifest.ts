import { z } from 'zod';
import { CASE_KINDS, CONTENT_LOCALES, TALLY_TEMPLATES } from '@/db/schema';
import { TEMPLATE_OPTION_KEYS } from '@/lib/tally/templates';

/**
 * The pack format (docs/pack-format.md): a folder or zip with manifest.json and the image files it
 * names. Seeding and pack import both read it through this schema. Version 1 is comparisons and
 * images; version 2 adds tally questions per comparison, a `files` list that states each image's
 * size, hash and dimensions (checked on import), and the vote counts in tallies.csv.
 */
export const PACK_FORMAT = 'prompt-gallery-pack';
export const PACK_VERSIONS = [1, 2] as const;
export const PACK_VERSION = 2;

const settings = z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()]));
export const relativeFile = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'a relative path of plain names')
  .refine((p) => !p.split('/').some((part) => part === '..' || part === '.'), 'no . or .. parts');

const text = { title: z.string().trim().min(1).max(140), description: z.string().max(4000) };

export const packRunSchema = z.object({ file: relativeFile, settings: settings.optional() });

export const packVariantSchema = z.object({
  prompt: z.string().trim().min(1).max(2000),
  revisedPrompt: z.string().max(4000).nullish(),
  tool: z.string().trim().min(1).max(80),
  model: z.string().max(80).default(''),
  settings: settings.default({}),
  generatedAt: z.string().max(40).nullish(),
  runs: z.array(packRunSchema).min(1).max(48),
});

// Keys start with a letter or digit, so a CSV cell can never start a spreadsheet formula.
const optionKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/, 'letters, digits, - and _');

export const packQuestionSchema = z
  .object({
    template: z.enum(TALLY_TEMPLATES).nullable().default(null),
    label: z.string().trim().min(1).max(200).nullable().default(null),
    options: z
      .array(z.object({ key: optionKey, label: z.string().trim().min(1).max(120).nullable().default(null) }))
      .min(2)
      .max(12),
    votingOpen: z.boolean().default(true),
    reference: z
      .object({
        shares: z.record(optionKey, z.number().min(0).max(1)),
        source: z.string().trim().max(300),
      })
      .nullable()
      .default(null),
  })
  .superRefine((q, ctx) => {
    const keys = q.options.map((o) => o.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option keys must be unique' });
    if (q.template && keys.join() !== TEMPLATE_OPTION_KEYS[q.template].join()) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `the ${q.template} template has the options ${TEMPLATE_OPTION_KEYS[q.template].join(', ')}` });
    }
    if (!q.template && !q.label) ctx.addIssue({ code: 'custom', path: ['label'], message: 'a question needs a template or a label' });
    for (const key of Object.keys(q.reference?.shares ?? {})) {
      if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['reference', 'shares', key], message: 'not one of the options' });
    }
  });

export const packComparisonSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  ...text,
  locale: z.enum(CONTENT_LOCALES),
  translations: z.partialRecord(z.enum(CONTENT_LOCALES), z.object(text)).default({}),
  caseKind: z.enum(CASE_KINDS),
  submitterName: z.string().max(80).nullish(),
  tags: z.array(z.string().max(40)).max(20).default([]),
  variants: z.array(packVariantSchema).min(1).max(8),
  /** Version 2: what the class is asked about each image (bias tallies), in display order. */
  questions: z.array(packQuestionSchema).max(10).optional(),
});

/** Version 2: the facts of each image file, so an import can tell when a file is not what it says. */
export const packFileSchema = z.object({
  bytes: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});

export const packManifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    name: z.string().max(120).optional(),
    comparisons: z.array(packComparisonSchema).min(1).max(500),
    files: z.record(relativeFile, packFileSchema).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.version === 1 && (m.files || m.comparisons.some((c) => c.questions))) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: 'questions and files need version 2' });
    }
  });

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackComparison = z.infer<typeof packComparisonSchema>;
export type PackQuestion = z.infer<typeof packQuestionSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
