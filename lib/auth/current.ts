import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db';
import { createSession, endSession, validateSessionToken, type CurrentTeacher } from './sessions';

export const SESSION_COOKIE = 'pg_teacher_session';
/** Only teacher pages (and their server actions, which post to those pages) ever see the cookie. */
const COOKIE_PATH = '/teacher';
export const LOGIN_PATH = '/teacher';

/** The signed-in teacher for this request, or null. Cached per request. */
export const getCurrentTeacher = cache(async (): Promise<CurrentTeacher | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return validateSessionToken(db, token);
});

/**
 * The gate for every teacher page and server action: returns the teacher or redirects to the
 * login page. Always call it on the server, in the page or action itself — a layout alone does not
 * protect server actions, and nothing the browser sends (hidden fields) counts as proof.
 */
export async function requireTeacher(): Promise<CurrentTeacher> {
  const current = await getCurrentTeacher();
  if (!current) redirect(LOGIN_PATH);
  return current;
}

/** Only from a server action or route handler (cookies can be written there). */
export async function startSession(teacherId: number): Promise<void> {
  const jar = await cookies();
  // A login replaces whatever session this browser had; the old row must not outlive its cookie.
  endSession(db, jar.get(SESSION_COOKIE)?.value);
  const { token, expiresAt } = createSession(db, teacherId);
  // Secure whenever the teacher reached us over HTTPS (directly or through a TLS proxy). A school
  // server on plain HTTP in the local network must still be able to log in: there a Secure
  // cookie would never be sent back, and the flag would protect nothing anyway.
  const h = await headers();
  const https = h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https://');
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

/** Logout: the row goes (so a copied cookie is worthless) and so does the cookie. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  endSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete({ name: SESSION_COOKIE, path: COOKIE_PATH });
}
