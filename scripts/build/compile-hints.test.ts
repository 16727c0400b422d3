import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHint, COMPILE_HINT, markStartupChunks, startupChunks } from './compile-hints';

let dist: string;
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
  fs.writeFileSync(path.join(dist, rel), text);
};

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  write(
    'build-manifest.json',
    JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react-dom.js'] }),
  );
  // As Next writes them: a script that assigns into globalThis.
  const manifest = (route: string, entries: Record<string, string[]>) =>
    `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST[${JSON.stringify(route)}]=${JSON.stringify({ entryJSFiles: entries })};`;
  write(
    'server/app/gan/page_client-reference-manifest.js',
    manifest('/gan/page', {
      '[project]/app/layout': ['static/chunks/layout.js', 'static/chunks/layout.css'],
      '[project]/app/gan/page': ['static/chunks/layout.js', 'static/chunks/gan.js'],
    }),
  );
  write(
    'server/app/page_client-reference-manifest.js',
    manifest('/page', { '[project]/app/page': ['static/chunks/home.js'] }),
  );
  write('server/app/gan/page.js', 'module.exports = {}');
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('startupChunks', () => {
  it('lists the bootstrap and every route entry script once, and nothing loaded later', () => {
    expect(startupChunks(dist)).toEqual([
      'static/chunks/gan.js',
      'static/chunks/home.js',
      'static/chunks/layout.js',
      'static/chunks/react-dom.js',
      'static/chunks/runtime.js',
    ]);
  });

  it('refuses a manifest of another shape instead of marking nothing', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: 'static/chunks/runtime.js' }));
    expect(() => startupChunks(dist)).toThrow();
  });
});

describe('addCompileHint', () => {
  it('puts the hint on the first line once, and keeps the source map in step', () => {
    write('static/chunks/gan.js', 'console.log(1)');
    write(
      'static/chunks/gan.js.map',
      JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'AAAA' }),
    );
    const file = path.join(dist, 'static/chunks/gan.js');

    expect(addCompileHint(file)).toBe(true);
    expect(addCompileHint(file)).toBe(false);

    expect(fs.readFileSync(file, 'utf8')).toBe(`${COMPILE_HINT}\nconsole.log(1)`);
    const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
    expect(map).toEqual({ version: 3, sources: ['a.ts'], mappings: ';AAAA' });
  });
});

describe('markStartupChunks', () => {
  it('marks every start-up chunk of a build once, and leaves other chunks lazy', () => {
    for (const name of ['gan', 'home', 'layout', 'react-dom', 'runtime', 'tfjs-worker']) {
      write(`static/chunks/${name}.js`, `// ${name}`);
    }
    expect(markStartupChunks(dist)).toEqual({ marked: 5, total: 5 });
    expect(markStartupChunks(dist)).toEqual({ marked: 0, total: 5 });
    const first = (name: string) =>
      fs.readFileSync(path.join(dist, `static/chunks/${name}.js`), 'utf8').split('\n')[0];
    expect(first('react-dom')).toBe(COMPILE_HINT);
    expect(first('tfjs-worker')).toBe('// tfjs-worker');
  });
});
