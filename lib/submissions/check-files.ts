import {
  SUBMISSION_LIMITS as L,
  runFieldName,
  type SubmissionIssue,
} from '@/lib/validation/submission-limits';

export type UploadedFile = { field: string; size: number; data: Blob | Buffer };

const RUN_FIELD = /^variants\.(\d{1,2})\.runs\.(\d{1,3})$/;

/**
 * The cheap checks before any image is decoded: every file sits at a known run position, the runs
 * of each variant are numbered without gaps, counts and sizes are within limits. Returns the files
 * per variant in run order, or the issues.
 */
export function groupRunFiles(
  files: UploadedFile[],
  variantCount: number,
): { runs: UploadedFile[][]; issues: SubmissionIssue[] } {
  const issues: SubmissionIssue[] = [];
  const runs: UploadedFile[][] = Array.from({ length: variantCount }, () => []);
  let total = 0;
  for (const file of files) {
    total += file.size;
    const m = RUN_FIELD.exec(file.field);
    const variant = m ? Number(m[1]) : -1;
    const run = m ? Number(m[2]) : -1;
    if (variant < 0 || variant >= variantCount || runs[variant]![run]) {
      issues.push({ path: file.field.slice(0, 40) || 'form', code: 'unexpectedFile' });
      continue;
    }
    runs[variant]![run] = file;
  }
  runs.forEach((list, v) => {
    if (list.length === 0) issues.push({ path: `variants.${v}.runs`, code: 'runsRequired' });
    else if (list.length > L.maxRuns) {
      issues.push({
        path: `variants.${v}.runs`,
        code: 'tooManyRuns',
        params: { max: L.maxRuns, count: list.length },
      });
    }
    for (let r = 0; r < list.length; r++) {
      const file = list[r];
      // A gap means the sender skipped a position; name the missing one.
      if (!file) issues.push({ path: runFieldName(v, r), code: 'required' });
      else if (file.size === 0) issues.push({ path: file.field, code: 'fileEmpty' });
      else if (file.size > L.maxFileBytes) {
        issues.push({
          path: file.field,
          code: 'fileTooLarge',
          params: { max: L.maxFileBytes / 1024 / 1024 },
        });
      }
    }
  });
  if (total > L.maxTotalBytes) {
    issues.push({
      path: 'form',
      code: 'submissionTooLarge',
      params: { max: L.maxTotalBytes / 1024 / 1024 },
    });
  }
  return { runs, issues };
}
