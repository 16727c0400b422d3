import 'server-only';
import type { DB } from '@/db/connection';
import { createSubmission } from '@/db/queries/submissions';
import type { StoredImage } from '@/db/queries/create-comparison';
import { ingestImage } from '@/lib/images/ingest';
import { ImageRejectedError, type ImageRejectCode } from '@/lib/images/errors';
import { issuesFromZod, submissionSchema } from '@/lib/validation/submission';
import type { SubmissionErrorCode, SubmissionIssue } from '@/lib/validation/submission-limits';
import { groupRunFiles, type UploadedFile } from './check-files';
import { SubmissionError } from './errors';
import { createReceiptToken } from './receipt-token';

export type { UploadedFile };
export type SubmissionResult = { id: number; slug: string; token: string };

const REJECT_CODES: Record<ImageRejectCode, SubmissionErrorCode> = {
  empty: 'fileEmpty',
  'too-large': 'fileTooLarge',
  'unsupported-format': 'unsupportedFormat',
  'too-many-pixels': 'tooManyPixels',
  corrupt: 'corrupt',
  animated: 'animated',
};

/**
 * Stores a submission all or nothing: validate the text, check counts and sizes, ingest every
 * image (each judged by its bytes), refuse duplicates, and only then write every row in one
 * transaction. When anything fails, no row is written; image files already stored by then have no
 * row and are removed by the image store's sweep. Throws SubmissionError listing every problem.
 */
export async function submitComparison(
  db: DB,
  input: { payload: unknown; files: UploadedFile[] },
  opts: { imageDir: string },
): Promise<SubmissionResult> {
  const parsed = submissionSchema.safeParse(input.payload);
  const rawVariants = (input.payload as { variants?: unknown } | null)?.variants;
  const variantCount = parsed.success
    ? parsed.data.variants.length
    : Array.isArray(rawVariants)
      ? Math.min(rawVariants.length, 4)
      : 0;
  const issues = parsed.success ? [] : issuesFromZod(parsed.error);
  const grouped = groupRunFiles(input.files, variantCount);
  issues.push(...grouped.issues);
  if (!parsed.success || issues.length > 0) {
    throw new SubmissionError(
      issues,
      issues.some((i) => i.code === 'submissionTooLarge') ? 413 : 400,
    );
  }

  const images = await ingestAll(grouped.runs, opts.imageDir);
  const { token, hash } = createReceiptToken();
  const { title, caseKind, description, locale, submitterName, variants } = parsed.data;
  const { id, slug } = createSubmission(db, {
    title,
    caseKind,
    description,
    locale,
    submitterName: submitterName || null,
    translations: {},
    receiptTokenHash: hash,
    variants: variants.map((v, i) => ({
      prompt: v.prompt,
      revisedPrompt: v.revisedPrompt || null,
      tool: v.tool,
      model: v.model,
      settings: v.settings,
      runs: images[i]!.map((image) => ({ image })),
    })),
  });
  return { id, slug, token };
}

/** Images of one submission decoded at the same time: enough to keep both sharp slots busy. */
const INGEST_PARALLEL = 2;

/** Every image through the pipeline; all rejections and duplicates are collected, then thrown. */
async function ingestAll(runs: UploadedFile[][], imageDir: string): Promise<StoredImage[][]> {
  const jobs = runs.flatMap((files, v) => files.map((file, r) => ({ file, v, r })));
  const outcomes = new Array<StoredImage | SubmissionIssue>(jobs.length);
  let next = 0;
  // A small pool rather than Promise.all: each job holds decoded pixels while it waits for sharp.
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      outcomes[index] = await ingestOne(jobs[index]!.file, imageDir);
    }
  };
  await Promise.all(Array.from({ length: INGEST_PARALLEL }, worker));

  const issues: SubmissionIssue[] = [];
  const seen = new Map<string, { variant: number; run: number }>();
  const result: StoredImage[][] = runs.map(() => []);
  jobs.forEach(({ file, v, r }, index) => {
    const outcome = outcomes[index]!;
    if ('code' in outcome) return void issues.push(outcome);
    const first = seen.get(outcome.hash);
    if (first) {
      issues.push({
        path: file.field,
        code: 'duplicateImage',
        params: { variant: first.variant + 1, run: first.run + 1, hash: outcome.hash.slice(0, 12) },
      });
    } else seen.set(outcome.hash, { variant: v, run: r });
    result[v]!.push(outcome);
  });
  if (issues.length > 0) throw new SubmissionError(issues);
  return result;
}

async function ingestOne(
  file: UploadedFile,
  imageDir: string,
): Promise<StoredImage | SubmissionIssue> {
  const bytes = Buffer.isBuffer(file.data) ? file.data : Buffer.from(await file.data.arrayBuffer());
  try {
    return await ingestImage(bytes, { imageDir });
  } catch (error) {
    if (!(error instanceof ImageRejectedError)) throw error;
    return { path: file.field, code: REJECT_CODES[error.code] ?? 'corrupt' };
  }
}
