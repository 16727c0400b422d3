/**
 * The files listed, with revisions, in the service worker's manifest: the built scripts and styles
 * (content-hashed) and the GAN demo's files (WASM, digits, pretrained models). The worker
 * precaches only the built files at install (every visitor fetches them once, then only what a
 * build changes); it splits off the GAN files (gan-files.ts) and keeps them only when /gan is
 * visited. The example GANs' weights and the gallery are kept when a page uses them.
 */
export function precacheGlobs(distDir: string): string[] {
  const dir = distDir.replace(/^\.?\//, '').replace(/\/$/, '');
  return [`${dir}/static/**/*.{js,css,woff2,svg,png,ico,json}`, 'public/gan/**/*'];
}
