import 'server-only';
import { env } from '@/lib/env';
import { openDatabase, type DB } from './connection';

// One connection per process; cached on globalThis so dev hot reload does not open a new handle.
const globalForDb = globalThis as unknown as { promptGalleryDb?: DB };

export const db: DB = globalForDb.promptGalleryDb ?? openDatabase(env.dbFile);
if (env.NODE_ENV !== 'production') globalForDb.promptGalleryDb = db;

export type { DB };
