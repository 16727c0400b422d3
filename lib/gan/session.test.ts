import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDigits } from './testing/synthetic-digits';
import { drawFileGrid, GanSession } from './session';
import { makeCards, makeInterpolation } from './session-views';
import { Timeline } from './timeline';

/** A small model trained for `steps` steps: its exported file and the grid it draws. */
async function trainedModel(steps: number) {
  const s = new GanSession(syntheticDigits(31));
  s.build({ ...s.hyper, noiseSize: 8, batchSize: 4 }, 5);
  await s.absorbStats(s.train('both', steps));
  const model = { file: await s.exportFile(), grid: await s.gridTiles() };
  s.disposeModels();
  return model;
}

describe('GanSession', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('exports and imports a model that draws the same grid, without leaking tensors', async () => {
    const { file, grid } = await trainedModel(2);
    const b = new GanSession(syntheticDigits(31), null);
    b.build(b.hyper);
    const before = tf.memory().numTensors;
    const meta = b.importFile(file);
    expect(tf.memory().numTensors).toBe(before);
    expect(meta.step).toBe(2);
    expect(b.hyper.noiseSize).toBe(8);
    expect(await b.gridTiles()).toEqual(grid);
    expect(() => b.importFile(new ArrayBuffer(16))).toThrow();
    b.disposeModels();
  });

  it("draws a file's grid without a session: the same tiles, no tensors left", async () => {
    const { file, grid } = await trainedModel(3);
    const before = tf.memory();
    const drawn = await drawFileGrid(file);
    expect(drawn.step).toBe(3);
    expect(drawn.tiles).toEqual(grid);
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
    await expect(drawFileGrid(new ArrayBuffer(16))).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before.numTensors);
  });

  it('makes cards with both real and generated digits, and interpolation frames', async () => {
    const s = new GanSession(syntheticDigits(31), null);
    s.build({ ...s.hyper, noiseSize: 8 }, 3);
    const before = tf.memory().numTensors;
    const cards = await makeCards(s, 7, 10);
    expect(cards.pixels.byteLength).toBe(10 * 784);
    expect(cards.real).toContain(true);
    expect(cards.real).toContain(false);
    expect(cards.dScore.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect((await makeInterpolation(s, 5, 1, 2)).length).toBe(5 * 784);
    expect(tf.memory().numTensors).toBe(before);
    s.disposeModels();
  });
});

describe('Timeline', () => {
  it('keeps at most max snapshots, spread over the run', () => {
    const t = new Timeline<number>(6, 1);
    for (let step = 0; step <= 100; step++) if (t.due(step)) t.add(step, step);
    expect(t.steps.length).toBeLessThanOrEqual(6);
    expect(t.steps[0]).toBe(0);
    expect(t.steps.at(-1)).toBeGreaterThan(60);
  });
});
