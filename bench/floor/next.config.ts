import path from 'node:path';
import type { NextConfig } from 'next';

// The smallest App Router page, built from the same next and react as the app: bench:pages
// measures it beside our pages as the floor the framework sets (see bench/pages.ts).
const config: NextConfig = {
  distDir: '../../.next-bench-floor',
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
};
export default config;
