/**
 * What `@tensorflow/tfjs` is in the browser build (next.config.ts aliases it here): the core (ops,
 * gradients, optimizers, tf.io) with the CPU and WebGL backends; WASM is imported where it is
 * configured (lib/gan/backend.ts). The full bundle adds the Layers, converter and data APIs,
 * which nothing here uses, and they made the GAN worker's download 80 KB (gzip-compressed)
 * larger, on school Wi-Fi, before the demo could fetch anything else. Node (scripts, unit tests)
 * keeps the full bundle: tfjs-core's gradients load there only through it.
 *
 * Code that runs in the browser may use only what tfjs-core exports (no tf.layers, tf.data,
 * loadGraphModel). The end-to-end tests run every browser path that uses tfjs.
 */
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
// Training needs the ops' gradients, which tfjs-core registers only on request.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export * from '@tensorflow/tfjs-core';
