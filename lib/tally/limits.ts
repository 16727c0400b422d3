/**
 * How fast votes may come. A class behind one school address can answer a picture every couple
 * of seconds each (30 pupils ≈ 900 a minute), so the address limit only stops a script; one
 * browser gets about one answer a second, far more than a person tapping through pictures.
 */
export const VOTE_LIMITS = {
  perAddress: { limit: 1500, windowMs: 60_000 },
  perVoter: { limit: 60, windowMs: 60_000 },
} as const;
