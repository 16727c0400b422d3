/** Which kernels a training step spends its time in (wasm, Node): `tsx scripts/gan/profile-step.ts [batch]`. */
import * as tf from '@tensorflow/tfjs';
import { loadDigitsNode, useWasmBackend } from '../../lib/gan/testing/node-data';
import { buildDiscriminator, buildGenerator } from '../../lib/gan/models';
import { makeOptimizers, trainStep } from '../../lib/gan/train-step';

(async () => {
  await useWasmBackend();
  const data = await loadDigitsNode();
  const bs = Number(process.argv[2] ?? 32);
  const shape = { noiseSize: 64, conditional: true };
  const s = {
    g: buildGenerator(shape),
    d: buildDiscriminator(shape),
    ...makeOptimizers(1e-3, 1e-3),
  };
  for (let i = 0; i < 3; i++) trainStep(s, (n) => data.nextBatch(n), { batchSize: bs }).dispose();
  const info = await tf.profile(() =>
    trainStep(s, (n) => data.nextBatch(n), { batchSize: bs }).dispose(),
  );
  const byName = new Map<string, { ms: number; count: number }>();
  for (const k of info.kernels) {
    const e = byName.get(k.name) ?? { ms: 0, count: 0 };
    e.ms += Number(k.kernelTimeMs) || 0;
    e.count++;
    byName.set(k.name, e);
  }
  const rows = [...byName].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((t, [, e]) => t + e.ms, 0);
  console.log(`kernels: ${info.kernels.length}, total kernel ms ${total.toFixed(1)}`);
  for (const [name, e] of rows.slice(0, 15)) console.log(name.padEnd(24), e.count, e.ms.toFixed(2));
})();
