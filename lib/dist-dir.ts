/**
 * The folder a production build lives in: NEXT_DIST_DIR, or Next's default `.next`. Separate
 * folders let parallel builds (e2e, benchmarks) coexist. next.config.ts, the service worker's
 * route, `npm start` and the build's compile-hint step all read it here.
 */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXT_DIST_DIR || '.next';
}
