import 'server-only';
import type { DB } from '@/db/connection';
import { findTeacherByName } from '@/db/queries/teachers';
import {
  checkLoginThrottle,
  clearLoginFailures,
  loginThrottleKeys,
  recordLoginFailure,
} from './login-throttle';
import { PASSWORD_MAX_LENGTH, verifyAgainstDummy, verifyPassword } from './password';

export type LoginOutcome =
  | { ok: true; teacherId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a name and password. The throttle is consulted before the password is (a blocked client
 * cannot even spend our CPU on scrypt), and one answer covers both "no such teacher" and "wrong
 * password" so the page never tells a guesser which names exist.
 */
export async function authenticate(
  db: DB,
  input: { name: string; password: string; client: string },
  now = Date.now(),
): Promise<LoginOutcome> {
  const keys = loginThrottleKeys(input.client, input.name);
  const throttle = checkLoginThrottle(keys, now);
  if (!throttle.ok)
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };

  const found = findTeacherByName(db, input.name);
  // No account has a longer password; hash only a bounded prefix so a huge one cannot cost more.
  const tooLong = input.password.length > PASSWORD_MAX_LENGTH;
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH);
  const good =
    found && !tooLong
      ? await verifyPassword(password, found.passwordHash)
      : await verifyAgainstDummy(password);
  if (!found || !good) {
    recordLoginFailure(keys, now);
    const after = checkLoginThrottle(keys, now);
    return after.ok
      ? { ok: false, reason: 'invalid' }
      : { ok: false, reason: 'throttled', retryAfterSeconds: after.retryAfterSeconds };
  }
  clearLoginFailures(keys[1]!);
  return { ok: true, teacherId: found.id };
}
