/**
 * The message protocol between the /gan page and its training worker (app/gan/train.worker.ts).
 *
 * Rules that keep the page responsive and translatable:
 * - The page never sees a tensor: only plain numbers, strings that are codes, and pixel buffers.
 * - The worker never sends user-facing text: errors and presets are stable codes the UI translates.
 * - Pixel buffers are `ArrayBuffer`s moved with the transfer list (the sender loses them).
 * - This file only grows: fields and message types are added, never renamed or removed.
 *
 * Pixel format (every buffer below): greyscale bytes, 28 × 28 per digit ("tile"), row-major,
 * tiles stored one after another (tile i starts at byte i × 784). 0 = background, 255 = ink,
 * as in MNIST (white ink on black); the UI may invert. `lib/gan/pixels.ts` turns tiles into RGBA.
 */

/** Side length of one digit tile in pixels. */
export const TILE_SIZE = 28;
/** Bytes per tile (28 × 28 greyscale). */
export const TILE_BYTES = TILE_SIZE * TILE_SIZE;

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
/** 'auto' = measured trial (a few timed steps per available backend), fastest wins. */
export type BackendChoice = BackendName | 'auto';

/** Where the models come from. 'saved' = the copy stored in this browser (IndexedDB). */
export type ModelSource = 'pretrained' | 'scratch' | 'saved';

/** Which network(s) one step trains. */
export type StepTarget = 'both' | 'd' | 'g';

/** Stable ids of the classroom presets; the UI owns their names and explanations. */
export type PresetId = 'balanced' | 'strong-discriminator' | 'collapse';
export const PRESET_IDS: readonly PresetId[] = ['balanced', 'strong-discriminator', 'collapse'];

/** Training hyperparameters. Changing `noiseSize` or `conditional` rebuilds the models. */
export interface Hyperparameters {
  /** Adam learning rate of the generator (Adam β1 = 0.5). */
  lrG: number;
  /** Adam learning rate of the discriminator. */
  lrD: number;
  /** Real (and fake) digits per step, 1–256. */
  batchSize: number;
  /** Length of the noise vector z, 2–128 (the pretrained checkpoint uses 64). */
  noiseSize: number;
  /** Discriminator steps per generator step, 1–10, when stepping 'both'. */
  dStepsPerGStep: number;
  /** Class-conditional GAN (one column per digit) or unconditional. */
  conditional: boolean;
}

/** Error codes; the UI translates them. `detail` on the event is for the console only. */
export type ErrorCode =
  | 'no-backend' // no tfjs backend could initialise
  | 'data-load-failed' // digits binary could not be fetched or parsed
  | 'model-load-failed' // pretrained checkpoint or classifier could not be loaded
  | 'no-saved-model' // 'saved' requested but nothing stored in this browser
  | 'storage-failed' // IndexedDB save or restore failed (private mode, quota…)
  | 'import-failed' // imported file is not a model exported by this demo
  | 'not-ready' // a command that needs models arrived before 'ready'
  | 'bad-command' // unknown type or invalid values (values are clamped when possible)
  | 'internal'; // anything else (see detail)

// ─── Commands: page → worker ─────────────────────────────────────────────────────────────────

/** Every request that expects one specific answer carries a `requestId`, echoed back. */
export type GanCommand =
  /** First command. Loads data, picks the backend, builds or loads the models, posts 'ready'. */
  | {
      type: 'init';
      source: ModelSource;
      /** Default 'auto'. */
      backend?: BackendChoice;
      /** Overrides of the default ('balanced') hyperparameters. Ignored for 'saved'. */
      hyper?: Partial<Hyperparameters>;
      /** URL prefix of the assets (digits, wasm, models). Default '/gan/'. */
      assetBase?: string;
      /** Seed for weights of a from-scratch model and for batch order. Default random. */
      seed?: number;
    }
  /** Start (or continue) the training loop. */
  | { type: 'play' }
  /** Stop the loop after the current step. */
  | { type: 'pause' }
  /** Run `count` (default 1) steps now, while paused; posts 'stats' and 'grid' afterwards. */
  | { type: 'step'; target: StepTarget; count?: number }
  /** Throw away training; rebuild from the source (current hyperparameters are kept). */
  | { type: 'reset'; source: Exclude<ModelSource, 'saved'> }
  /** Cap training speed, e.g. 2 for a slow-motion classroom view; null = as fast as possible. */
  | { type: 'speed'; stepsPerSecond: number | null }
  /** Change hyperparameters; posts 'hyper'. Rebuilds from scratch when noise/conditional change. */
  | { type: 'set-hyper'; hyper: Partial<Hyperparameters> }
  /** Apply a preset's hyperparameters; `restart` (default true) also resets to scratch. */
  | { type: 'preset'; id: PresetId; restart?: boolean }
  /** Noise scale for every sample shown (grid, verdict, game, interpolation), 0–2, default 0.8. */
  | { type: 'temperature'; value: number }
  /** Classifier quality meter on 256 fresh samples; posts 'quality'. Also sent automatically. */
  | { type: 'quality'; requestId: number }
  /** Mix of held-out real and generated digits, each with D's score; posts 'verdict'. */
  | { type: 'verdict'; requestId: number; count?: number }
  /** "Real or fake?" round: 10 digits (default), some real, some generated; posts 'game'. */
  | { type: 'game'; requestId: number; count?: number }
  /**
   * Walk from one noise vector to another in `frames` (2–64) samples; posts 'interpolation'.
   * Noise vectors come from seeds (same seed = same vector). In conditional mode the digit is
   * blended too (from `digitA` to `digitB`, default both 0…9 from the seeds).
   */
  | {
      type: 'interpolate';
      requestId: number;
      frames: number;
      seedA: number;
      seedB: number;
      digitA?: number;
      digitB?: number;
    }
  /** Re-post every kept timeline snapshot as 'snapshot' events (e.g. after the UI remounts). */
  | { type: 'get-snapshots' }
  /** Store models + optimizer-free state in IndexedDB; posts 'saved'. */
  | { type: 'save'; requestId: number }
  /** Ask whether a saved model exists; posts 'saved-info'. */
  | { type: 'saved-info'; requestId: number }
  /** Serialize models into one file; posts 'exported' with the bytes. */
  | { type: 'export'; requestId: number }
  /** Load a file made by 'export' (transfer the buffer); posts 'ready' then 'imported'. */
  | { type: 'import'; requestId: number; file: ArrayBuffer };

export type GanCommandType = GanCommand['type'];

export type { BackendTrial, DigitCards, GanEvent, GanEventType } from './protocol-events';

/** Buffers to put in postMessage's transfer list for a command (only 'import' carries one). */
export function commandTransfer(command: GanCommand): Transferable[] {
  return command.type === 'import' ? [command.file] : [];
}
