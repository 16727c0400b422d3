import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';

/**
 * The anonymous voter: a random id in a cookie, set only when a browser first answers. The
 * database keeps only its SHA-256, so the stored votes cannot be tied back to a browser by anyone
 * holding a copy of the database alone. The cookie is scoped to this comparison's vote page, which
 * is both where it is needed and keeps it off the gallery pages (a cookie there would stop the
 * page cache from serving them).
 */
const VOTER_COOKIE = 'pg_voter';
export const MAX_AGE_SECONDS = 180 * 24 * 60 * 60; // a school year and a bit

export const votePath = (slug: string) => `/gallery/${slug}/vote`;

export function hashVoter(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** This browser's voter hash, or null if it never voted here. Never sets a cookie. */
export async function currentVoterHash(): Promise<string | null> {
  const id = (await cookies()).get(VOTER_COOKIE)?.value;
  return id && /^[A-Za-z0-9_-]{20,64}$/.test(id) ? hashVoter(id) : null;
}

/**
 * For a vote: the existing voter, or a new one. `keep()` sends a new voter's cookie and is called
 * only once the vote is saved, so a refused vote leaves nothing in the browser.
 */
export async function voterForVote(slug: string): Promise<{ hash: string; keep: () => Promise<void> }> {
  const existing = await currentVoterHash();
  if (existing) return { hash: existing, keep: async () => {} };
  const id = randomBytes(24).toString('base64url');
  const keep = async () => {
    const h = await headers();
    const https = h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https://');
    (await cookies()).set(VOTER_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure: https,
      path: votePath(slug),
      maxAge: MAX_AGE_SECONDS,
    });
  };
  return { hash: hashVoter(id), keep };
}
