/** Micro-benchmark of single WASM ops used by the GAN (Node): `tsx scripts/gan/op-speed.ts`. */
import * as tf from '@tensorflow/tfjs';
import { useWasmBackend } from '../../lib/gan/testing/node-data';
import { crop } from '../../lib/gan/ops';

function time(label: string, f: () => tf.Tensor, reps = 200) {
  for (let i = 0; i < 5; i++) f().dispose();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f().dispose();
  console.log(label.padEnd(40), (((performance.now() - t0) / reps) * 1000).toFixed(0), 'µs');
}

(async () => {
  await useWasmBackend();
  const a = tf.randomNormal([32, 15, 15, 4]) as tf.Tensor4D;
  const b = tf.randomNormal([32, 30, 30, 1]) as tf.Tensor4D;
  const m = tf.randomNormal([32 * 49, 32]) as tf.Tensor2D;
  const f = tf.randomNormal([32, 256]) as tf.Tensor2D;
  time('identity-ish add scalar', () => tf.add(a, 0));
  time('crop [32,15,15,4] → 14×14', () => crop(a, [0, 0, 1, 0], [32, 14, 14, 4]));
  time('slice4d [32,15,15,4] → 14×14', () => tf.slice(a, [0, 0, 1, 0], [32, 14, 14, 4]));
  time('crop [32,30,30,1] → 28×28', () => crop(b, [0, 1, 1, 0], [32, 28, 28, 1]));
  time('pad [32,14,14,4]', () =>
    tf.pad(a, [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]),
  );
  time('matMul [1568,32]x[32,256]', () => tf.matMul(m, f));
  time('matMul transposeB', () => tf.matMul(m, tf.transpose(f), false, true));
  time('transpose [1568,32]', () => tf.transpose(m));
  time('reshape', () => tf.reshape(m, [32, 49, 32]));
})();
