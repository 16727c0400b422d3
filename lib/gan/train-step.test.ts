import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDigits } from './testing/synthetic-digits';
import {
  buildDiscriminator,
  buildGenerator,
  disposeDiscriminator,
  disposeGenerator,
} from './models';
import { makeOptimizers, trainStep } from './train-step';

describe('trainStep', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const conditional of [true, false]) {
    it(`leaves no tensors behind (conditional: ${conditional}) and updates only its own side`, async () => {
      const data = syntheticDigits();
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
