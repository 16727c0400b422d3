import type { SubmissionIssue } from '@/lib/validation/submission-limits';

/** A submission the sender must fix: every problem found, each with a field path and a code. */
export class SubmissionError extends Error {
  override readonly name = 'SubmissionError';
  constructor(
    public readonly issues: SubmissionIssue[],
    /** 413 when the size limits were the problem, otherwise 400. */
    public readonly status = 400,
  ) {
    super(`Submission refused: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
  }
}
