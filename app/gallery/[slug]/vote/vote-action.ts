'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db';
import { castVote } from '@/db/queries/tally-votes';
import { clientKey, rateLimit } from '@/lib/rate-limit';
import { VOTE_LIMITS } from '@/lib/tally/limits';
import { NEXT_QUERY } from './vote-steps';
import { votePath, voterForVote } from './voter';

const id = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number);
const voteSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  questionId: id,
  runId: id,
  option: z.string().min(1).max(60),
  here: z.string().regex(NEXT_QUERY),
  next: z.string().regex(NEXT_QUERY),
});

/**
 * One answer from the vote page, as a plain form post (it works without JavaScript). Every
 * outcome is a redirect: on to the next picture, or back to this one with `error=` for the page
 * to explain in the voter's language. Nothing the form sends is trusted beyond its shape;
 * castVote checks that question, picture and option belong together and that voting is open.
 */
export async function voteAction(formData: FormData): Promise<void> {
  const parsed = voteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/gallery');
  const { slug, here, next, ...vote } = parsed.data;
  const back = (error: string): never => redirect(`${votePath(slug)}?${here}&error=${error}`);

  // Per address, generous (a whole class may share one school address), then per browser.
  const address = clientKey(await headers());
  if (!rateLimit(`tally-vote:${address}`, VOTE_LIMITS.perAddress).ok) back('rateLimited');
  const voter = await voterForVote(slug);
  if (!rateLimit(`tally-vote:${voter.hash}`, VOTE_LIMITS.perVoter).ok) back('rateLimited');

  const result = castVote(db, { ...vote, voterHash: voter.hash });
  if (result !== 'saved') back(result);
  await voter.keep();
  redirect(`${votePath(slug)}?${next}`);
}
