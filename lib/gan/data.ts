/**
 * The digits on the CPU side: training batches are copied out of one Float32Array (never one
 * giant tensor: GPU texture limits), held-out digits are kept apart for judging and games.
 */
import { decodeDigits, gunzip, PIXELS_PER_DIGIT } from './data-format';
import type { RealBatch } from './train-step';
import { mulberry32 } from './random';

export class DigitData {
  /** Training pixels in [-1, 1], trainSize × 784. */
  readonly train: Float32Array;
  readonly trainLabels: Int32Array;
  /** Held-out pixels in [-1, 1] and as bytes (for posting to the page). */
  readonly heldOut: Float32Array;
  readonly heldOutBytes: Uint8Array;
  readonly heldOutLabels: Int32Array;
  private readonly random: () => number;
  private buffers = new Map<number, RealBatch>();

  constructor(bytes: Uint8Array, seed = 1) {
    const set = decodeDigits(bytes);
    const trainSize = set.count - set.heldOut;
    const toFloat = (b: Uint8Array) => Float32Array.from(b, (v) => v / 127.5 - 1);
    this.train = toFloat(set.pixels.subarray(0, trainSize * PIXELS_PER_DIGIT));
    this.trainLabels = Int32Array.from(set.labels.subarray(0, trainSize));
    this.heldOutBytes = set.pixels.slice(trainSize * PIXELS_PER_DIGIT);
    this.heldOut = toFloat(this.heldOutBytes);
    this.heldOutLabels = Int32Array.from(set.labels.subarray(trainSize));
    this.random = mulberry32(seed);
  }

  static async fromGzip(gz: Uint8Array<ArrayBuffer>, seed?: number): Promise<DigitData> {
    return new DigitData(await gunzip(gz), seed);
  }

  get trainSize(): number {
    return this.trainLabels.length;
  }
  get heldOutSize(): number {
    return this.heldOutLabels.length;
  }

  /**
   * A random training batch (with replacement: cheap and unbiased for SGD). The returned arrays
   * are reused by the next call of the same size; tensors made from them copy the data.
   */
  nextBatch(batchSize: number): RealBatch {
    let b = this.buffers.get(batchSize);
    if (!b) {
      b = {
        pixels: new Float32Array(batchSize * PIXELS_PER_DIGIT),
        labels: new Int32Array(batchSize),
      };
      this.buffers.set(batchSize, b);
    }
    for (let i = 0; i < batchSize; i++) {
      const j = Math.floor(this.random() * this.trainSize);
      b.labels[i] = this.trainLabels[j] ?? 0;
      b.pixels.set(
        this.train.subarray(j * PIXELS_PER_DIGIT, (j + 1) * PIXELS_PER_DIGIT),
        i * PIXELS_PER_DIGIT,
      );
    }
    return b;
  }

  /** Held-out digits by index: pixels [n·784] in [-1, 1] and labels. */
  heldOutBatch(indices: number[]): RealBatch {
    const pixels = new Float32Array(indices.length * PIXELS_PER_DIGIT);
    indices.forEach((j, i) =>
      pixels.set(
        this.heldOut.subarray(j * PIXELS_PER_DIGIT, (j + 1) * PIXELS_PER_DIGIT),
        i * PIXELS_PER_DIGIT,
      ),
    );
    return { pixels, labels: Int32Array.from(indices, (j) => this.heldOutLabels[j] ?? 0) };
  }
}
