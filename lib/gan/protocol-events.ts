/**
 * Events: worker → page. Import them from `lib/gan/protocol.ts` (which re-exports this file).
 * Buffers named `pixels` follow the tile format described there and are transferred.
 */
import type { BackendName, ErrorCode, Hyperparameters, ModelSource, PresetId } from './protocol';

/** One backend's result in the start-up trial. */
export interface BackendTrial {
  backend: BackendName;
  /** Timed training steps per second (data read back, so GPU time is honest); null = failed. */
  stepsPerSecond: number | null;
  /** Milliseconds for the first (warm-up, shader-compiling) step, or null. */
  warmupMs: number | null;
  /** Why it was not timed: WebGL on a software renderer (lib/gan/backend.ts). */
  skipped?: 'software-renderer';
}

/** Digits shown with D's opinion (the verdict panel and the "Real or fake?" game). */
export interface DigitCards {
  requestId: number;
  step: number;
  /** `count` tiles. */
  pixels: ArrayBuffer;
  count: number;
  /** Truth per tile: true = held-out real digit, false = generated. */
  real: boolean[];
  /** D's probability that the tile is real, 0–1 (sigmoid of its logit), per tile. */
  dScore: number[];
  /** Digit per tile: the label for real digits, the requested digit for conditional fakes, null otherwise. */
  digit: (number | null)[];
  /** The shipped classifier's reading per tile: its digit (0–9, or null = "not a digit") and confidence 0–1. */
  classifierDigit: (number | null)[];
  classifierConfidence: number[];
}

export type GanEvent =
  /**
   * While 'init' downloads the pretrained GAN and the digits (what 'ready' waits for): bytes so
   * far, a few times a second, and once when all are in. `total` is null when the sizes are not
   * known (the page shows only a spinner).
   */
  | { type: 'download'; loaded: number; total: number | null }
  /** Answer to 'init', 'reset', 'import', a rebuild: models are loaded and sampling works. */
  | {
      type: 'ready';
      backend: BackendName;
      /** WASM only: SIMD and thread count in use (1 = no threads). */
      simd: boolean;
      threads: number;
      /** Every backend tried at start-up (empty when one was forced or the trial was cached). */
      trial: BackendTrial[];
      source: ModelSource;
      hyper: Hyperparameters;
      step: number;
      /** Grid shape: in conditional mode 10 × 10, column c = digit c. */
      gridRows: number;
      gridCols: number;
      /** Held-out real digits available for games/verdicts, and training digits. */
      heldOut: number;
      trainSize: number;
      /** Milliseconds from 'init' to this event. */
      initMs: number;
      /** A backend trial follows (first visit): commands wait until its 'backend' event. */
      measuring: boolean;
    }
  /**
   * The backend changed or its trial finished. With backend 'auto', 'ready' comes at once on
   * WASM and the measured trial follows here (commands wait for it, ~1–10 s, first visit only:
   * the result is cached in this browser); a faster backend takes over the trained weights.
   */
  | { type: 'backend'; backend: BackendName; simd: boolean; threads: number; trial: BackendTrial[] }
  /** A few times a second while training, and after each manual step. */
  | {
      type: 'stats';
      step: number;
      /** Discriminator loss (sum of real and fake binary cross-entropy) of the latest step. */
      dLoss: number;
      /** Generator loss (non-saturating, −log D(G(z))) of the latest step. */
      gLoss: number;
      /** Mean D(real) and mean D(fake) as probabilities 0–1 of the latest step. */
      dReal: number;
      dFake: number;
      /** Measured over the last ~2 s of training; 0 while paused. */
      stepsPerSecond: number;
      backend: BackendName;
      running: boolean;
      /** Seconds spent training since the models were built (pauses excluded). */
      trainingSeconds: number;
    }
  /** The fixed-noise sample grid (same noise every time), about every second while training. */
  | { type: 'grid'; step: number; rows: number; cols: number; pixels: ArrayBuffer }
  /**
   * During 'init' from the pretrained model, before 'ready': the grid its generator draws, while
   * the digits are still downloading. The session's first 'grid' shows the same drawings.
   */
  | { type: 'preview'; step: number; rows: number; cols: number; pixels: ArrayBuffer }
  /**
   * A timeline snapshot (a copy of the grid at `step`). `kept` lists the steps the worker
   * still keeps (at most 60, thinned evenly as training goes on): the page drops the others.
   */
  | {
      type: 'snapshot';
      step: number;
      rows: number;
      cols: number;
      pixels: ArrayBuffer;
      kept: number[];
    }
  /** Classifier-based quality of 256 fresh samples (automatic every ~3 s while training). */
  | {
      type: 'quality';
      /** Echo of a 'quality' command, or null when automatic. */
      requestId: number | null;
      step: number;
      trainingSeconds: number;
      samples: number;
      /** Share (0–1) of samples confidently classified as some digit. */
      confidentShare: number;
      /** Confident samples per digit 0–9 (counts). */
      histogram: number[];
      /** Digits with at least 1% of samples confidently recognised. */
      digitsPresent: number;
      /** Classifier-based Inception Score over the 10 digit classes, 1 (one digit) … 10. */
      inceptionScore: number;
    }
  | ({ type: 'verdict' } & DigitCards)
  | ({ type: 'game' } & DigitCards)
  | {
      type: 'interpolation';
      requestId: number;
      frames: number;
      pixels: ArrayBuffer;
    }
  /** Effective hyperparameters after 'set-hyper'/'preset'/'init'; `rebuilt` = models restarted. */
  | { type: 'hyper'; hyper: Hyperparameters; preset: PresetId | null; rebuilt: boolean }
  /** Running state changed (play, pause, or the loop stopped itself after an error). */
  | { type: 'running'; running: boolean }
  /** Noise scale in effect. */
  | { type: 'temperature'; value: number }
  | { type: 'saved'; requestId: number; step: number; savedAt: number }
  | {
      type: 'saved-info';
      requestId: number;
      exists: boolean;
      step: number | null;
      savedAt: number | null;
    }
  | { type: 'exported'; requestId: number; file: ArrayBuffer; bytes: number }
  | { type: 'imported'; requestId: number; step: number }
  | { type: 'error'; code: ErrorCode; requestId?: number; detail?: string };

export type GanEventType = GanEvent['type'];
