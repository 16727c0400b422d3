/**
 * Bundle the real worker and the bench pages with esbuild, and serve them with public/gan/
 * from a throwaway local server sending COOP/COEP like /gan does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';

export async function startBenchServer(): Promise<{ port: number; close: () => void }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'gan-bench-'));
  const esbuild = path.resolve('node_modules/.bin/esbuild');
  const bundles: [string, string][] = [
    ['app/gan/train.worker.ts', 'worker.js'],
    ['bench/gan/harness.ts', 'harness.js'],
    ['bench/gan/smoke.ts', 'smoke.js'],
  ];
  for (const [entry, name] of bundles) {
    execFileSync(esbuild, [
      entry,
      '--bundle',
      '--format=esm',
      '--platform=browser',
      '--minify',
      `--alias:@=.`,
      '--external:fs',
      '--external:path',
      '--external:worker_threads',
      '--external:perf_hooks',
      '--external:os',
      `--outfile=${path.join(out, name)}`,
      '--log-level=warning',
    ]);
  }
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.wasm': 'application/wasm',
    '.html': 'text/html',
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file =
      url.pathname === '/'
        ? null
        : url.pathname.startsWith('/gan/')
          ? path.resolve('public' + url.pathname)
          : path.join(out, path.basename(url.pathname));
    try {
      const script = url.searchParams.get('mode') === 'smoke' ? 'smoke' : 'harness';
      const body = file
        ? readFileSync(file)
        : `<!doctype html><script type="module" src="/${script}.js"></script>`;
      res.writeHead(200, {
        'Content-Type': file
          ? (types[path.extname(file)] ?? 'application/octet-stream')
          : 'text/html',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { port, close: () => server.close() };
}
