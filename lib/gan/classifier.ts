/**
 * The judge behind the quality meter: a small convnet with 11 classes, digits 0–9 and
 * 10 = "not a digit". Same matMul-based ops as the GAN, so it trains quickly on WASM in Node.
 */
import * as tf from '@tensorflow/tfjs';
import { conv4s2, dense } from './ops';
import { assignVariables, decodeWeightsFile } from './weights';

export const JUDGE_CLASSES = 11;
export const NOT_A_DIGIT = 10;

export type Classifier = Record<'w0' | 'b0' | 'w1' | 'b1' | 'w2' | 'b2' | 'w3' | 'b3', tf.Variable>;

export function buildClassifier(seed = 7): Classifier {
  const u = (shape: number[], fanIn: number, fanOut: number, s: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return tf.variable(tf.randomUniform(shape, -limit, limit, 'float32', s));
  };
  const z = (n: number) => tf.variable(tf.zeros([n]));
  return {
    w0: u([16, 16], 16, 256, seed),
    b0: z(16),
    w1: u([256, 32], 256, 512, seed + 1),
    b1: z(32),
    w2: u([1568, 64], 1568, 64, seed + 2),
    b2: z(64),
    w3: u([64, JUDGE_CLASSES], 64, JUDGE_CLASSES, seed + 3),
    b3: z(JUDGE_CLASSES),
  };
}

/** The judge from its weights file (public/gan/models/classifier.bin); throws when it is not one. */
export function loadJudge(buffer: ArrayBuffer): Classifier {
  const { tensors } = decodeWeightsFile(buffer);
  try {
    let judge!: Classifier;
    tf.tidy(() => {
      judge = buildClassifier(); // variables outlive tidy; the values they started from do not
    });
    try {
      assignVariables(judge, tensors, '');
    } catch (err) {
      Object.values(judge).forEach((v) => v.dispose());
      throw err;
    }
    return judge;
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** images [N, 28, 28, 1] in [-1, 1] → logits [N, 11]. */
export function classifierLogits(c: Classifier, images: tf.Tensor4D): tf.Tensor2D {
  const h0 = tf.relu(tf.add(conv4s2(images, c.w0 as tf.Tensor2D), c.b0)) as tf.Tensor4D;
  const h1 = tf.relu(tf.add(conv4s2(h0, c.w1 as tf.Tensor2D), c.b1));
  const h2 = tf.relu(
    dense(tf.reshape(h1, [-1, 1568]) as tf.Tensor2D, c.w2 as tf.Tensor2D, c.b2 as tf.Tensor1D),
  );
  return dense(h2 as tf.Tensor2D, c.w3 as tf.Tensor2D, c.b3 as tf.Tensor1D);
}

/** images [N, 28, 28, 1] → class probabilities [N, 11] (caller disposes). */
export function classify(c: Classifier, images: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => tf.softmax(classifierLogits(c, images)));
}

/** One Adam step on a labelled batch (labels 0–10); returns the loss scalar (caller disposes). */
export function classifierStep(
  c: Classifier,
  opt: tf.Optimizer,
  pixels: Float32Array,
  labels: Int32Array,
): tf.Scalar {
  return tf.tidy(() => {
    const x = tf.tensor4d(pixels, [labels.length, 28, 28, 1]);
    const y = tf.oneHot(tf.tensor1d(labels, 'int32'), JUDGE_CLASSES);
    return opt.minimize(
      () => tf.losses.softmaxCrossEntropy(y, classifierLogits(c, x)) as tf.Scalar,
      true,
      Object.values(c),
    ) as tf.Scalar;
  });
}
