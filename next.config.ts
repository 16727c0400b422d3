import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';
import { distDir } from './lib/dist-dir';

const isDev = process.env.NODE_ENV !== 'production';

// Nothing may load from another origin (schools' privacy rules), so every source is 'self'.
// 'unsafe-inline' scripts: Next's streaming bootstrap is inline; 'wasm-unsafe-eval': tfjs WASM;
// blob: the GAN worker, which Turbopack starts from a blob that importScripts() its chunks (a
// worker made from a blob inherits this policy, so its script-src must allow blob: too).
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' blob:${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const nextConfig: NextConfig = {
  distDir: distDir(),
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  poweredByHeader: false,
  turbopack: {
    // In the browser, tfjs is its core and backends without Layers, converter and data (unused):
    // 1.17 → 0.83 MB of worker code, 80 KB less over school Wi-Fi (lib/gan/tfjs-browser.ts).
    resolveAlias: { '@tensorflow/tfjs': { browser: './lib/gan/tfjs-browser.ts' } },
  },
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: '130mb' },
    // CSS in a <style> in each page instead of two render-blocking requests: one round trip
    // less before the first paint on school Wi-Fi (our CSS is 3.5–6.5 KB gzipped per page). Measured
    // with Lighthouse (5–6 runs each): LCP of the gallery 2.5 → 1.2 s, of a comparison 3.0 → 1.9 s,
    // since headless Chromium no longer holds the first paint behind the scripts.
    inlineCss: true,
    // Turbopack's default CSS chunking merged the teacher pages' and the vote page's CSS modules
    // into a comparison's chunk: 7 KB it never uses, twice (the <style> and the RSC payload).
    // Inline, a chunk costs no request, so the graph chunker is told a request is nearly free
    // (1 KB instead of 100 KB) and gives each page the modules it imports.
    cssChunking: { type: 'graph', requestCost: 1000 },
  },
  // No COOP/COEP on /gan. The WASM backend runs single-threaded (lib/gan/backend.ts), so
  // cross-origin isolation bought nothing, and it made every load of the page slower: Chromium's
  // font look-ups in the first layout took up to 3–4 times as long (docs/performance.md).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

// withSerwist keeps esbuild out of the server bundle: it compiles the service worker (app/sw.ts)
// when `next build` prerenders app/serwist/[path]/route.ts.
export default withSerwist(nextConfig);
