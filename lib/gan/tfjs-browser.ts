/**
 * What `@tensorflow/tfjs` is in the browser build (next.config.ts aliases it here): the core (ops,
 * gradients, chained ops, optimizers, tf.io) with the CPU and WebGL backends; WASM is imported
 * where it is configured (lib/gan/backend.ts). The full bundle adds the Layers, converter and
 * data APIs, which nothing here uses, and they made the GAN worker's download 80 KB
 * (gzip-compressed) larger, on school Wi-Fi, before the demo could fetch anything else. Node
 * (scripts, unit tests) keeps the full bundle: tfjs-core's gradients load there only through it.
 *
 * Code that runs in the browser may use only what tfjs-core exports (no tf.layers, tf.data,
 * loadGraphModel). The end-to-end tests run every browser path that uses tfjs.
 */
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
// Training needs the ops' gradients, which tfjs-core registers only on request; the chained ops
// (tensor.sum()) too, as the full bundle's types promise them (8 KB gzip-compressed).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export * from '@tensorflow/tfjs-core';
