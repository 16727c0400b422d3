import type {
  BackendName,
  GanEvent,
  Hyperparameters,
  ModelSource,
  PresetId,
} from '@/lib/gan/protocol';
import { DEFAULT_HYPER } from '@/lib/gan/hyper';
import type { HistoryPoint } from './history';

export type { HistoryPoint };

/** Everything the page shows about the run; replaced (never mutated) when something changes. */
export interface StatusState {
  phase: 'loading' | 'ready' | 'error';
  backend: BackendName | null;
  simd: boolean;
  threads: number;
  source: ModelSource;
  hyper: Hyperparameters;
  preset: PresetId | null;
  running: boolean;
  initMs: number | null;
  gridRows: number;
  gridCols: number;
  /** Bumped on every 'ready': views that cache samples re-request them. */
  generation: number;
  /** The worker is timing its backends (first visit); commands wait until it is done. */
  measuring: boolean;
  /** Still loading, and the grid shows the trained generator's drawings ('preview'). */
  preview: boolean;
}

export interface StatsState {
  step: number;
  stepsPerSecond: number;
  trainingSeconds: number;
  latest: HistoryPoint | null;
  history: readonly HistoryPoint[];
}

export interface GridState {
  step: number;
  rows: number;
  cols: number;
  pixels: Uint8Array;
}

export type QualityState = Extract<GanEvent, { type: 'quality' }>;
export type Topic =
  'status' | 'stats' | 'grid' | 'timeline' | 'quality' | 'error' | 'temperature' | 'download';

export const INITIAL_STATUS: StatusState = {
  phase: 'loading',
  backend: null,
  simd: false,
  threads: 1,
  source: 'pretrained',
  hyper: DEFAULT_HYPER,
  preset: 'balanced',
  running: false,
  initMs: null,
  gridRows: 10,
  gridCols: 10,
  generation: 0,
  measuring: false,
  preview: false,
};
export const EMPTY_STATS: StatsState = {
  step: 0,
  stepsPerSecond: 0,
  trainingSeconds: 0,
  latest: null,
  history: [],
};
