import 'server-only';
import type { DB } from '@/db/connection';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
} from '@/db/queries/sessions';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token';

/** A school day: long enough for a day of lessons, short enough that a forgotten login dies. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export type CurrentTeacher = { id: number; name: string; expiresAt: Date };

/** Starts a session: the token goes in the cookie, only its hash in the database. */
export function createSession(db: DB, teacherId: number, now = new Date()) {
  deleteExpiredSessions(db, now);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  insertSession(db, { tokenHash: hashSessionToken(token), teacherId, expiresAt });
  return { token, expiresAt };
}

export function validateSessionToken(
  db: DB,
  token: string | undefined,
  now = new Date(),
): CurrentTeacher | null {
  if (!looksLikeSessionToken(token)) return null;
  const found = findSession(db, hashSessionToken(token), now);
  return found
    ? { id: found.teacherId, name: found.teacherName, expiresAt: found.expiresAt }
    : null;
}

export function endSession(db: DB, token: string | undefined): void {
  if (looksLikeSessionToken(token)) deleteSession(db, hashSessionToken(token));
}
