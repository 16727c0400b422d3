import { z } from 'zod';
import { CASE_KINDS, CONTENT_LOCALES } from '@/db/schema';

/**
 * The example-pack format (docs/pack-format.md): a folder or zip with manifest.json and the image
 * files it names. Seeding and pack import both read it through this schema.
 */
const settings = z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()]));
const relativeFile = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'a relative path of plain names')
  .refine((p) => !p.split('/').includes('..'), 'no parent directories');

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

export const packComparisonSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  ...text,
  locale: z.enum(CONTENT_LOCALES),
  translations: z.partialRecord(z.enum(CONTENT_LOCALES), z.object(text)).default({}),
  caseKind: z.enum(CASE_KINDS),
  submitterName: z.string().max(80).nullish(),
  tags: z.array(z.string().max(40)).max(20).default([]),
  variants: z.array(packVariantSchema).min(1).max(8),
});

export const packManifestSchema = z.object({
  format: z.literal('prompt-gallery-pack'),
  version: z.literal(1),
  name: z.string().max(120).optional(),
  comparisons: z.array(packComparisonSchema).min(1).max(500),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackComparison = z.infer<typeof packComparisonSchema>;
