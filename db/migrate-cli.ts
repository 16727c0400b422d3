import { parseEnv } from '@/lib/env-core';
import { openDatabase } from './connection';
import { runMigrations } from './migrate';

const env = parseEnv(process.env);
const db = openDatabase(env.dbFile);
runMigrations(db);
db.$client.close();
console.log(`Migrated ${env.dbFile}`);
