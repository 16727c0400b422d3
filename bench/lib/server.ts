/** Starts a production server of this repo for a benchmark, building it first if needed. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { markStartupChunks } from '@/scripts/build/compile-hints';

export async function startProductionServer(opts: {
  distDir: string;
  dataDir: string;
  port: number;
}): Promise<ChildProcess> {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: opts.distDir,
    DATA_DIR: opts.dataDir,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!fs.existsSync(path.join(opts.distDir, 'BUILD_ID'))) {
    console.log(`Building into ${opts.distDir}…`);
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const server = spawn('npx', ['tsx', 'server.ts'], {
    env: { ...env, PORT: String(opts.port), PAGE_CACHE: process.env.PAGE_CACHE ?? 'on' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  return waitUntilReady(server, `http://127.0.0.1:${opts.port}/api/health`);
}

async function waitUntilReady(server: ChildProcess, url: string): Promise<ChildProcess> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(server);
  throw new Error('server did not become ready');
}

/** Starts `next start` for bench/floor (the framework's floor), building it first if needed. */
export async function startFloorServer(opts: {
  distDir: string;
  port: number;
}): Promise<ChildProcess> {
  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  if (!fs.existsSync(path.join(opts.distDir, 'BUILD_ID'))) {
    console.log(`Building bench/floor into ${opts.distDir}…`);
    const build = spawnSync('npx', ['next', 'build', 'bench/floor'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('next build of bench/floor failed');
  }
  // Built as `npm run build` builds the app, so the floor stays the framework's share of a score.
  markStartupChunks(opts.distDir);
  const server = spawn('npx', ['next', 'start', 'bench/floor', '-p', String(opts.port)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  return waitUntilReady(server, `http://127.0.0.1:${opts.port}/`);
}

export function stopServer(server: ChildProcess) {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
