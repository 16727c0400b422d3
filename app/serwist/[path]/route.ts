/**
 * Serves the service worker (/serwist/sw.js). Serwist compiles app/sw.ts with esbuild and injects
 * the precache manifest while `next build` prerenders this route, so the worker is a static file
 * of each build and `npm start`, the e2e server and `next build` need no extra step.
 */
import { createSerwistRoute } from '@serwist/turbopack';
import { distDir } from '@/lib/dist-dir';
import { markLargeChunks } from '@/lib/offline/gan-files';
import { precacheGlobs } from '@/lib/offline/precache';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: 'app/sw.ts',
    // The native esbuild (a devDependency) rather than esbuild-wasm, which we do not install.
    useNativeEsbuild: true,
    globPatterns: precacheGlobs(distDir()),
    // The largest built chunk (tfjs) is ~0.8 MB; the digits and models are under 1 MB each.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // tfjs is kept with the GAN files rather than fetched by every visitor at install.
    manifestTransforms: [markLargeChunks],
  },
);
