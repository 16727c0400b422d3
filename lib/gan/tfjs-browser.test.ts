import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';

// The browser build gets tfjs-core for `@tensorflow/tfjs` (lib/gan/tfjs-browser.ts); Node gets the
// full bundle. So a use of tf.layers (say) would pass every unit test and fail only in the page.
const root = path.resolve(import.meta.dirname, '../..');

function sourcesUsingTfjs(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('testing'))
    .map((f) => path.join(dir, f))
    .filter((f) => readFileSync(path.join(root, f), 'utf8').includes("from '@tensorflow/tfjs'"));
}

/** Values read from the `tf` namespace (lower case: types and classes are not at issue). */
function tfValuesUsed(file: string): string[] {
  const code = readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\btf\.([a-z]\w*)/g)].map((m) => m[1]!))];
}

describe('tfjs in the browser', () => {
  it('is only what tfjs-core exports, in every module the browser build can load', () => {
    const files = [...sourcesUsingTfjs('lib'), ...sourcesUsingTfjs('app')];
    expect(files).toContain(path.join('lib', 'gan', 'train-step.ts')); // the scan finds them
    const missing = files.flatMap((f) =>
      tfValuesUsed(f)
        .filter((name) => !(name in core))
        .map((name) => `${f}: tf.${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('would notice a use of the Layers API', () => {
    expect('layers' in core).toBe(false);
    expect('sequential' in core).toBe(false);
  });
});
