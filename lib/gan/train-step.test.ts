import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DigitData } from './data';
import { encodeDigits } from './data-format';
import {
  buildDiscriminator,
  buildGenerator,
  disposeDiscriminator,
  disposeGenerator,
} from './models';
import { makeOptimizers, trainStep } from './train-step';

// A tiny synthetic digits file: the step's bookkeeping does not need real digits.
function fakeData(): DigitData {
  const count = 40;
  const pixels = Uint8Array.from({ length: count * 784 }, (_, i) => (i * 37) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  return new DigitData(encodeDigits({ count, heldOut: 10, labels, pixels }));
}

describe('trainStep', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const conditional of [true, false]) {
    it(`leaves no tensors behind (conditional: ${conditional}) and updates only its own side`, async () => {
      const data = fakeData();
      const shape = { noiseSize: 8, conditional };
      const s = {
        g: buildGenerator(shape),
        d: buildDiscriminator(shape),
        ...makeOptimizers(1e-3, 1e-3),
      };
      trainStep(s, (n) => data.nextBatch(n), { batchSize: 4 }).dispose(); // creates Adam slots
      const before = tf.memory().numTensors;
      const stats = trainStep(s, (n) => data.nextBatch(n), { batchSize: 4, dSteps: 2 });
      expect(tf.memory().numTensors).toBe(before + 1);
      const values = await stats.data();
      stats.dispose();
      expect(tf.memory().numTensors).toBe(before);
      expect(Array.from(values).every(Number.isFinite)).toBe(true);

      const gBefore = await s.g.vars.w0.data();
      const dBefore = await s.d.vars.w0!.data();
      trainStep(s, (n) => data.nextBatch(n), { batchSize: 4, target: 'd' }).dispose();
      expect(await s.g.vars.w0.data()).toEqual(gBefore);
      expect(await s.d.vars.w0!.data()).not.toEqual(dBefore);
      const dAfter = await s.d.vars.w0!.data();
      const onlyG = trainStep(s, (n) => data.nextBatch(n), { batchSize: 4, target: 'g' });
      const gStats = await onlyG.data();
      onlyG.dispose();
      expect(Number.isNaN(gStats[0])).toBe(true); // no D loss on a G-only step
      expect(await s.d.vars.w0!.data()).toEqual(dAfter);
      expect(await s.g.vars.w0.data()).not.toEqual(gBefore);
      expect(tf.memory().numTensors).toBe(before);
      disposeGenerator(s.g);
      disposeDiscriminator(s.d);
      s.optG.dispose();
      s.optD.dispose();
    });
  }
});
