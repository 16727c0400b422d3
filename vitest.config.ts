import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // 'server-only' throws outside React Server Components; tests run server code directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
  test: {
    include: ['{app,lib,db,scripts,bench}/**/*.test.{ts,tsx}'],
    exclude: ['bench/out/**', '**/node_modules/**'], // bench/out: git-ignored local scratch
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
