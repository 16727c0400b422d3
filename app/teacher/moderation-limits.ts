import { SUBMISSION_LIMITS } from '@/lib/validation/submission-limits';

/** Field limits shared by the teacher forms (client) and their schemas (server). */
export const LIMITS = {
  reason: 500,
  title: SUBMISSION_LIMITS.title,
  description: SUBMISSION_LIMITS.description,
} as const;
