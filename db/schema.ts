import { relations, sql } from 'drizzle-orm';
import {
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** The lessons a comparison can teach; the gallery filters on these. */
export const CASE_KINDS = [
  'variation',
  'bias',
  'prompt-craft',
  'hallucination',
  'model-collapse',
  'temperature',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const COMPARISON_STATUSES = ['pending', 'published', 'rejected', 'hidden'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

export const CONTENT_LOCALES = ['nl', 'en'] as const;

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const comparison = sqliteTable(
  'comparison',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Title and description in the other language, for examples the project ships in both. */
    translations: text('translations', { mode: 'json' })
      .$type<Partial<Record<(typeof CONTENT_LOCALES)[number], { title: string; description: string }>>>()
      .notNull()
      .default({}),
    caseKind: text('case_kind', { enum: CASE_KINDS }).notNull(),
    locale: text('locale', { enum: CONTENT_LOCALES }).notNull(),
    status: text('status', { enum: COMPARISON_STATUSES }).notNull().default('pending'),
    submitterName: text('submitter_name'),
    /** SHA-256 of the private receipt token; the token itself is only ever in the submitter's link. */
    receiptTokenHash: text('receipt_token_hash'),
    moderationNote: text('moderation_note'),
    /** Where the row came from: a seed pack, a submission or an imported pack. */
    source: text('source', { enum: ['seed', 'submission', 'import'] })
      .notNull()
      .default('submission'),
    createdAt: createdAt(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('comparison_slug_unique').on(t.slug),
    // Receipt links look a submission up by the hash of their token.
    uniqueIndex('comparison_receipt_token_hash_unique').on(t.receiptTokenHash),
    // The gallery lists published items newest first; this index serves that order and paging.
    index('comparison_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('comparison_case_kind_idx').on(t.caseKind, t.status),
  ],
);

export const promptVariant = sqliteTable(
  'prompt_variant',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    comparisonId: integer('comparison_id')
      .notNull()
      .references(() => comparison.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    prompt: text('prompt').notNull(),
    revisedPrompt: text('revised_prompt'),
    tool: text('tool').notNull(),
    model: text('model').notNull().default(''),
    /** Generation settings as JSON (seed, steps, guidance, sampler, width, height, temperature…). */
    settings: text('settings', { mode: 'json' }).$type<GenerationSettings>().notNull().default({}),
    /** ISO date (or date-time) the runs were generated, as the submitter gave it. */
    generatedAt: text('generated_at'),
  },
  (t) => [
    uniqueIndex('prompt_variant_position_unique').on(t.comparisonId, t.position),
    index('prompt_variant_tool_idx').on(t.tool, t.model),
  ],
);

/** One stored picture, shared by every run that uploaded the same content. */
export const image = sqliteTable('image', {
  hash: text('hash').primaryKey(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  /** Size in bytes of the normalized full-size file. */
  bytes: integer('bytes').notNull(),
  /** Format of the normalized full-size file: png or jpeg. */
  format: text('format', { enum: ['png', 'jpeg'] }).notNull(),
  /** Variant widths written to disk (AVIF and WebP each), ascending. */
  variantWidths: text('variant_widths', { mode: 'json' }).$type<number[]>().notNull(),
  dominantColor: text('dominant_color').notNull(),
  /** A tiny blurred WebP as a data URI, shown while the real image loads. */
  placeholder: text('placeholder').notNull(),
  /** 64-bit perceptual hash as 16 hex digits. */
  phash: text('phash').notNull(),
  createdAt: createdAt(),
});

export const runImage = sqliteTable(
  'run_image',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => promptVariant.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    imageHash: text('image_hash')
      .notNull()
      .references(() => image.hash),
    /** Per-run settings that differ from the variant's (a seed per run, typically). */
    settings: text('settings', { mode: 'json' }).$type<GenerationSettings>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('run_image_position_unique').on(t.variantId, t.position),
    index('run_image_hash_idx').on(t.imageHash),
  ],
);

export const tag = sqliteTable('tag', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
});

export const comparisonTag = sqliteTable(
  'comparison_tag',
  {
    comparisonId: integer('comparison_id')
      .notNull()
      .references(() => comparison.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tag.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.comparisonId, t.tagId] })],
);

export const report = sqliteTable(
  'report',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    comparisonId: integer('comparison_id')
      .notNull()
      .references(() => comparison.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('report_comparison_idx').on(t.comparisonId)],
);

export const teacher = sqliteTable('teacher', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

export const session = sqliteTable(
  'session',
  {
    /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    teacherId: integer('teacher_id')
      .notNull()
      .references(() => teacher.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('session_teacher_idx').on(t.teacherId)],
);

/**
 * Pixel features of one image, computed once when it is ingested and never per request: the
 * comparison page's variation scores are distances between these (docs/measures.md).
 * `version` names the feature recipe, so a changed recipe can be recomputed by a backfill.
 */
export const imageFeatures = sqliteTable('image_features', {
  imageHash: text('image_hash')
    .primaryKey()
    .references(() => image.hash, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  /** A small greyscale thumbnail, row-major bytes, for SSIM. */
  grey: blob('grey', { mode: 'buffer' }).notNull(),
  /** A normalized colour histogram, as bytes. */
  histogram: blob('histogram', { mode: 'buffer' }).notNull(),
});

/** Ready-made questions a teacher can attach to a comparison; their text is translated. */
export const TALLY_TEMPLATES = ['perceived-gender', 'skin-tone', 'age'] as const;
export type TallyTemplate = (typeof TALLY_TEMPLATES)[number];

export type TallyOption = {
  /** Stable key votes refer to (template option keys, or a slug of a teacher's option). */
  key: string;
  /** The option's text for teacher-written questions; null for a template's translated option. */
  label: string | null;
};

export type TallyReference = {
  /** Expected share per option key, 0–1, e.g. from labour statistics. */
  shares: Record<string, number>;
  /** Where the numbers come from, as the teacher wrote it. */
  source: string;
};

/** A question the class answers about each image of a comparison (bias tallies). */
export const tallyQuestion = sqliteTable(
  'tally_question',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    comparisonId: integer('comparison_id')
      .notNull()
      .references(() => comparison.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Set for a template question; null for one a teacher wrote. */
    template: text('template', { enum: TALLY_TEMPLATES }),
    /** The question text of a teacher-written question. */
    label: text('label'),
    options: text('options', { mode: 'json' }).$type<TallyOption[]>().notNull(),
    votingOpen: integer('voting_open', { mode: 'boolean' }).notNull().default(true),
    reference: text('reference', { mode: 'json' }).$type<TallyReference>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tally_question_position_unique').on(t.comparisonId, t.position)],
);

/**
 * One browser's answer about one image. `voterHash` is a hash of a random id the browser keeps
 * in a cookie set only when it votes; nothing else about the voter is stored.
 */
export const tallyVote = sqliteTable(
  'tally_vote',
  {
    questionId: integer('question_id')
      .notNull()
      .references(() => tallyQuestion.id, { onDelete: 'cascade' }),
    runId: integer('run_id')
      .notNull()
      .references(() => runImage.id, { onDelete: 'cascade' }),
    voterHash: text('voter_hash').notNull(),
    option: text('option').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.questionId, t.runId, t.voterHash] }),
    index('tally_vote_question_idx').on(t.questionId, t.runId, t.option),
  ],
);

export const comparisonRelations = relations(comparison, ({ many }) => ({
  variants: many(promptVariant),
  tags: many(comparisonTag),
  reports: many(report),
  questions: many(tallyQuestion),
}));

export const tallyQuestionRelations = relations(tallyQuestion, ({ one, many }) => ({
  comparison: one(comparison, {
    fields: [tallyQuestion.comparisonId],
    references: [comparison.id],
  }),
  votes: many(tallyVote),
}));

export const tallyVoteRelations = relations(tallyVote, ({ one }) => ({
  question: one(tallyQuestion, { fields: [tallyVote.questionId], references: [tallyQuestion.id] }),
  run: one(runImage, { fields: [tallyVote.runId], references: [runImage.id] }),
}));

export const imageFeaturesRelations = relations(imageFeatures, ({ one }) => ({
  image: one(image, { fields: [imageFeatures.imageHash], references: [image.hash] }),
}));

export const promptVariantRelations = relations(promptVariant, ({ one, many }) => ({
  comparison: one(comparison, {
    fields: [promptVariant.comparisonId],
    references: [comparison.id],
  }),
  runs: many(runImage),
}));

export const runImageRelations = relations(runImage, ({ one }) => ({
  variant: one(promptVariant, { fields: [runImage.variantId], references: [promptVariant.id] }),
  image: one(image, { fields: [runImage.imageHash], references: [image.hash] }),
}));

export const comparisonTagRelations = relations(comparisonTag, ({ one }) => ({
  comparison: one(comparison, {
    fields: [comparisonTag.comparisonId],
    references: [comparison.id],
  }),
  tag: one(tag, { fields: [comparisonTag.tagId], references: [tag.id] }),
}));

export type GenerationSettings = {
  seed?: number | string;
  steps?: number;
  guidance?: number;
  sampler?: string;
  width?: number;
  height?: number;
  temperature?: number;
  [key: string]: string | number | boolean | undefined;
};

export type Comparison = typeof comparison.$inferSelect;
export type NewComparison = typeof comparison.$inferInsert;
export type PromptVariant = typeof promptVariant.$inferSelect;
export type NewPromptVariant = typeof promptVariant.$inferInsert;
export type Image = typeof image.$inferSelect;
export type NewImage = typeof image.$inferInsert;
export type RunImage = typeof runImage.$inferSelect;
export type Teacher = typeof teacher.$inferSelect;
export type Session = typeof session.$inferSelect;
export type ImageFeatures = typeof imageFeatures.$inferSelect;
export type TallyQuestion = typeof tallyQuestion.$inferSelect;
export type TallyVote = typeof tallyVote.$inferSelect;
