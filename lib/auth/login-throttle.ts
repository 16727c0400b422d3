import 'server-only';

/**
 * Counts failed logins per client and per account name in fixed windows, in memory (one process
 * serves one school). Unlike lib/rate-limit it counts only failures and can be checked without
 * counting, so a teacher who logs in and out all day is never locked out, while guessing stops
 * after a few tries — and stays stopped even when the next guess is right.
 */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

type Window = { failures: number; resetAt: number };
const windows = new Map<string, Window>();

export type ThrottleState = { ok: true } | { ok: false; retryAfterSeconds: number };

export function loginThrottleKeys(client: string, name: string): string[] {
  return [`login:client:${client}`, `login:name:${name.trim().toLowerCase()}`];
}

/** Whether another attempt may be checked now; never counts anything itself. */
export function checkLoginThrottle(keys: string[], now = Date.now()): ThrottleState {
  let wait = 0;
  for (const key of keys) {
    const w = windows.get(key);
    if (w && w.resetAt > now && w.failures >= LOGIN_FAILURE_LIMIT)
      wait = Math.max(wait, w.resetAt - now);
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { ok: true };
}

export function recordLoginFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const w = windows.get(key);
    if (!w || w.resetAt <= now) windows.set(key, { failures: 1, resetAt: now + LOGIN_WINDOW_MS });
    else w.failures += 1;
  }
  if (windows.size > 10_000) {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  }
}

/** After a good login the account's count starts over; the client's keeps running down. */
export function clearLoginFailures(key: string): void {
  windows.delete(key);
}

/** For tests. */
export function resetLoginThrottle(): void {
  windows.clear();
}
