import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration parsing, free of 'server-only' so command-line scripts can share it.
 * Configuration is read once and validated: a bad value stops the app at boot with a message that
 * names the variable instead of failing later somewhere deep in a request.
 */
const schema = z.object({
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The public-page cache in server.ts; off only to measure what it saves. */
  PAGE_CACHE: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /** Start-up computation of missing variation features; off only for bench:measure's baseline. */
  FEATURE_BACKFILL: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /** Unresolved viewer reports that hide a published comparison until a teacher reviews it. */
  REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(3),
  /** Submissions one client may send per window (SUBMIT_RATE_WINDOW_MINUTES). */
  SUBMIT_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  SUBMIT_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
  /** Reports one client may send per window (REPORT_RATE_WINDOW_MINUTES). */
  REPORT_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  REPORT_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
});

export type Env = z.infer<typeof schema> & { dataDir: string; dbFile: string; imageDir: string };

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    dataDir,
    dbFile: path.join(dataDir, 'gallery.db'),
    imageDir: path.join(dataDir, 'images'),
  };
}
