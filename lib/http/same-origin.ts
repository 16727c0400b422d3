/**
 * Route handlers do not get the origin check Next gives server actions, so a page on another site
 * could post to them. Browsers always send Origin on a cross-site POST; tools without it may pass.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
