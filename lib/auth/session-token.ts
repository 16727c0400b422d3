import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: the cookie carries this; the database only ever sees its SHA-256. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cheap shape check so junk cookies never reach the database. */
export function looksLikeSessionToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
