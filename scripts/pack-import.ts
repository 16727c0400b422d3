/**
 * `npm run pack:import FILE.zip [--publish]`: imports a pack as the teacher pages do (same checks,
 * all or nothing), as pending unless --publish. Prints the report; exits 1 when the pack is refused.
 */
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { parseEnv } from '@/lib/env-core';
import { MESSAGES } from '@/lib/i18n/messages';
import { createTranslator } from '@/lib/i18n/translate';
import { importPack } from '@/lib/packs/import-pack';
import { itemSummary } from '@/lib/packs/item-summary';
import { refusalMessage } from '@/lib/packs/refusal-message';
import { PackRefusedError } from '@/lib/packs/refusals';

const args = process.argv.slice(2);
const publish = args.includes('--publish');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1 || args.some((a) => a.startsWith('--') && a !== '--publish')) {
  console.error('Usage: npm run pack:import FILE.zip [--publish]');
  process.exit(2);
}

const t = createTranslator(MESSAGES.en, 'en');
const env = parseEnv(process.env);
const db = openDatabase(env.dbFile);
runMigrations(db);
let lastLine = '';
try {
  const report = await importPack(db, files[0]!, {
    imageDir: env.imageDir,
    status: publish ? 'published' : 'pending',
    onProgress: (p) => {
      const line = p.phase === 'images' ? t('packs.import.images', { done: p.done, total: p.total }) : t(`packs.import.${p.phase}`);
      if (line !== lastLine && process.stderr.isTTY) process.stderr.write(`\r${line}   `);
      lastLine = line;
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(t('packs.import.doneTitle', { count: report.comparisons.length }), `(${report.status})`);
  console.log(t('packs.import.imageSummary', report.images));
  for (const c of report.comparisons) {
    console.log(`  ${c.slug}  ${c.title}  —  ${itemSummary(t, c)}`);
    if (c.slug !== c.packSlug) console.log(`    ${t('packs.import.renamed', c)}`);
  }
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (!(error instanceof PackRefusedError)) throw error;
  console.error(t('packs.import.refusedTitle'));
  for (const r of error.refusals) console.error(`  - ${refusalMessage(t, r)}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
