/** Steps per second of the GAN training step in Node (wasm or cpu): `tsx scripts/gan/step-speed.ts wasm`. */
import * as tf from '@tensorflow/tfjs';
import { loadDigitsNode, useWasmBackend } from '../../lib/gan/testing/node-data';
import { buildDiscriminator, buildGenerator } from '../../lib/gan/models';
import { makeOptimizers, trainStep } from '../../lib/gan/train-step';
(async () => {
  const backend = process.argv[2] ?? 'wasm';
  if (backend === 'wasm') await useWasmBackend();
  else await tf.setBackend(backend);
  const data = await loadDigitsNode();
  for (const bs of [16, 32]) {
    const shape = { noiseSize: 64, conditional: true };
    const s = {
      g: buildGenerator(shape),
      d: buildDiscriminator(shape),
      ...makeOptimizers(1e-3, 1e-3),
    };
    for (let i = 0; i < 3; i++) trainStep(s, (n) => data.nextBatch(n), { batchSize: bs }).dispose();
    const t0 = performance.now();
    const N = 40;
    let out: tf.Tensor | null = null;
    for (let i = 0; i < N; i++) {
      out?.dispose();
      out = trainStep(s, (n) => data.nextBatch(n), { batchSize: bs });
    }
    const v = await out!.data();
    console.log(
      tf.getBackend(),
      'batch',
      bs,
      'steps/s',
      (N / ((performance.now() - t0) / 1000)).toFixed(1),
      Array.from(v)
        .map((x) => x.toFixed(3))
        .join(' '),
      'tensors',
      tf.memory().numTensors,
    );
  }
})();
