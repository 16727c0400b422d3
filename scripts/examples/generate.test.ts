import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Running `examples:generate` again must reproduce the committed pack byte for byte.
const committed = path.resolve(import.meta.dirname, '../../content/packs/gan-examples');
const out = mkdtempSync(path.join(os.tmpdir(), 'gan-examples-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('examples:generate', () => {
  it('writes exactly the committed files again', { timeout: 600_000 }, () => {
    execFileSync('npx', ['tsx', 'scripts/examples/generate.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, PACK_OUT: out },
      stdio: 'pipe',
    });
    const names = files(committed);
    expect(files(out)).toEqual(names);
    const differing = names.filter(
      (n) => !readFileSync(path.join(out, n)).equals(readFileSync(path.join(committed, n))),
    );
    expect(differing).toEqual([]);
  });
});
