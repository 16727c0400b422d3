import 'server-only';

/**
 * A fixed-window rate limiter kept in memory: one server process serves one school, so this is
 * enough and needs no extra service. Keys name the action and the client, e.g. `login:1.2.3.4`.
 */
type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export function rateLimit(key: string, opts: { limit: number; windowMs: number }, now = Date.now()): RateLimitResult {
  const current = windows.get(key);
  if (!current || current.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + opts.windowMs });
    if (windows.size > 10_000) prune(now);
    return { ok: true };
  }
  current.count += 1;
  if (current.count <= opts.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil((current.resetAt - now) / 1000) };
}

function prune(now: number) {
  for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
}

/** The client's address as the server saw it; behind a proxy, its first X-Forwarded-For entry. */
export function clientKey(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'local';
}
