/**
 * Runs once when the server process starts (next start / next dev): migrate and sweep, so a
 * server started without `npm start` still has an up-to-date database and no upload leftovers.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { db } = await import('@/db');
  const { env } = await import('@/lib/env');
  const { prepareDataDir } = await import('@/lib/startup');
  const swept = await prepareDataDir(db, env.imageDir, { backfill: env.FEATURE_BACKFILL });
  if (swept.removedFiles || swept.removedTemp) {
    console.log(`Swept ${swept.removedFiles} unreferenced image files and ${swept.removedTemp} temporary files.`);
  }
}
