import { MAX_IMAGE_BYTES } from '@/lib/images/limits';

/**
 * What one submission may contain. Client-safe: the form uses the same numbers for its hints and
 * early checks, and the server enforces them whatever the browser sends.
 */
export const SUBMISSION_LIMITS = {
  maxVariants: 4,
  maxRuns: 12,
  maxFileBytes: MAX_IMAGE_BYTES,
  maxTotalBytes: 120 * 1024 * 1024,
  title: 140,
  description: 2000,
  prompt: 2000,
  revisedPrompt: 2000,
  tool: 80,
  model: 80,
  submitterName: 80,
  seed: 40,
  sampler: 80,
  size: 20,
  /** The JSON part with every text field; generous so an over-long field gets its own error. */
  payloadChars: 1_000_000,
} as const;

export const SUBMISSION_ERROR_CODES = [
  'required',
  'tooLong',
  'invalidChoice',
  'invalidNumber',
  'invalidSize',
  'invalid',
  'variantsRequired',
  'tooManyVariants',
  'runsRequired',
  'tooManyRuns',
  'unexpectedFile',
  'fileEmpty',
  'fileTooLarge',
  'unsupportedFormat',
  'tooManyPixels',
  'corrupt',
  'animated',
  'duplicateImage',
  'submissionTooLarge',
  'rateLimited',
  'badRequest',
  'server',
  /** Client only: the connection broke before an answer came. */
  'network',
] as const;
export type SubmissionErrorCode = (typeof SUBMISSION_ERROR_CODES)[number];

/** One problem, located by a field path such as `title`, `variants.1.prompt` or `variants.0.runs.3`. */
export type SubmissionIssue = {
  path: string;
  code: SubmissionErrorCode;
  params?: Record<string, string | number>;
};

export type SubmissionResponse =
  { ok: true; token: string; receiptUrl: string } | { ok: false; errors: SubmissionIssue[] };

/** The multipart field name of a run's file, in the order the runs should appear. */
export function runFieldName(variant: number, run: number): string {
  return `variants.${variant}.runs.${run}`;
}
