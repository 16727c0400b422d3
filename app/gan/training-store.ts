import type {
  BackendChoice,
  ErrorCode,
  GanCommand,
  GanEvent,
  ModelSource,
} from '@/lib/gan/protocol';
import type { DownloadProgress } from '@/lib/gan/download';
import type { TrainingWorker } from './create-worker';
import { addPoint, type HistoryPoint } from './history';
import { RequestBook, type DistributiveOmit, type RequestFailure } from './request-book';
import {
  EMPTY_STATS,
  INITIAL_STATUS,
  type GridState,
  type QualityState,
  type StatsState,
  type StatusState,
  type Topic,
} from './training-state';

export type { GridState, HistoryPoint, QualityState, StatsState, StatusState, Topic };
/** Listeners hear about changes at most this often, so a burst of events is one React render. */
const NOTIFY_MS = 120;

/**
 * The page's side of the training worker: keeps the latest plain values per topic and tells
 * subscribed components (through useSyncExternalStore) when their topic changed. No tensors here.
 */
export class TrainingStore {
  status: StatusState = INITIAL_STATUS;
  stats: StatsState = EMPTY_STATS;
  grid: GridState | null = null;
  /** Timeline snapshots, oldest first. */
  timeline: readonly GridState[] = [];
  quality: QualityState | null = null;
  /** Confident share per measured step, for the quality-over-time chart. */
  qualityHistory: readonly { step: number; share: number }[] = [];
  error: ErrorCode | null = null;
  temperature = 1;
  speed: number | null = null;
  /** Bytes of the digits and models received while loading; null before the first count. */
  download: DownloadProgress | null = null;

  private worker: TrainingWorker | null = null;
  private unsubscribeWorker: (() => void) | null = null;
  private listeners = new Map<Topic, Set<() => void>>();
  private dirty = new Set<Topic>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private requests = new RequestBook();
  private readyWaiters: {
    resolve: (s: StatusState) => void;
    reject: (f: RequestFailure) => void;
  }[] = [];

  constructor(private readonly createWorker: () => TrainingWorker) {}

  /** Start a worker and load models from `source`. Safe to call again (restarts the worker). */
  connect(source: ModelSource = 'pretrained', backend: BackendChoice = 'auto'): void {
    this.disconnect();
    this.status = { ...INITIAL_STATUS, source, generation: this.status.generation };
    this.resetRun();
    this.error = null;
    this.download = null;
    this.mark('status', 'error', 'download');
    try {
      this.worker = this.createWorker();
    } catch (err) {
      console.error('GAN worker could not start', err);
      this.fail('no-backend');
      return;
    }
    this.unsubscribeWorker = this.worker.onEvent((event) => this.receive(event));
    this.worker.raw.addEventListener('error', (event) => {
      // A worker script that cannot load (blocked, 404) fails without a message and never
      // talks; an uncaught exception inside a living worker (e.g. tfjs trying a backend) has
      // one, and the worker reports what matters to us as its own 'error' events.
      if (event.message) return console.warn('GAN worker: uncaught', event.message);
      console.error('GAN worker could not start');
      this.fail('internal');
    });
    this.send({ type: 'init', source, backend });
    if (this.speed !== null) this.send({ type: 'speed', stepsPerSecond: this.speed });
  }

  /** Load the copy saved in this browser (a fresh worker, on the backend already chosen). */
  restoreSaved(): Promise<StatusState> {
    const waiting = this.nextReady();
    this.connect('saved', this.status.backend ?? 'auto');
    return waiting;
  }

  /** Resolves with the status of the next 'ready'; rejects if loading fails first. */
  nextReady(): Promise<StatusState> {
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  disconnect(): void {
    this.unsubscribeWorker?.();
    this.worker?.terminate();
    this.worker = null;
    this.unsubscribeWorker = null;
    this.requests.cancelAll();
  }

  send(command: GanCommand): void {
    this.worker?.send(command);
  }

  /** Send a command that expects one answer; resolves with it or rejects with an ErrorCode. */
  request<T extends GanEvent['type']>(
    command: DistributiveOmit<Extract<GanCommand, { requestId: number }>, 'requestId'>,
    answer: T,
  ): Promise<Extract<GanEvent, { type: T }>> {
    if (!this.worker) return Promise.reject<never>('not-ready');
    const { id, promise } = this.requests.open(answer);
    this.send({ ...command, requestId: id } as GanCommand);
    return promise as Promise<Extract<GanEvent, { type: T }>>;
  }

  /** Throw the run away and rebuild; the page shows 'loading' until the worker's 'ready'. */
  reset(source: 'pretrained' | 'scratch'): void {
    this.status = { ...this.status, phase: 'loading', running: false };
    this.mark('status');
    this.send({ type: 'reset', source });
  }

  setSpeed(stepsPerSecond: number | null): void {
    this.speed = stepsPerSecond;
    this.send({ type: 'speed', stepsPerSecond });
  }

  dismissError(): void {
    this.error = null;
    this.mark('error');
  }

  subscribe(topic: Topic, listener: () => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  private receive(event: GanEvent): void {
    if ('requestId' in event && typeof event.requestId === 'number') {
      if (event.type === 'error') {
        if (this.requests.reject(event.requestId, event.code)) return;
      } else this.requests.resolve(event.requestId, event);
    }
    switch (event.type) {
      case 'download':
        this.download = { loaded: event.loaded, total: event.total };
        return this.mark('download');
      case 'ready': {
        // The preview stays until the session's first grid replaces it: the same drawings, so
        // the grid does not blink empty in between.
        const kept = this.status.preview && event.source === 'pretrained' ? this.grid : null;
        this.resetRun();
        this.grid = kept;
        this.status = {
          ...this.status,
          phase: 'ready',
          backend: event.backend,
          simd: event.simd,
          threads: event.threads,
          source: event.source,
          hyper: event.hyper,
          initMs: event.initMs,
          gridRows: event.gridRows,
          gridCols: event.gridCols,
          generation: this.status.generation + 1,
          measuring: event.measuring,
          preview: false,
        };
        this.stats = { ...EMPTY_STATS, step: event.step };
        this.settleReady(null);
        return this.mark('status', 'stats', 'grid', 'timeline', 'quality');
      }
      case 'stats': {
        const point: HistoryPoint = {
          step: event.step,
          dLoss: event.dLoss,
          gLoss: event.gLoss,
          dReal: event.dReal,
          dFake: event.dFake,
        };
        // Before the first step of a run the losses are not numbers yet: not a point to draw.
        const measured = [point.dLoss, point.gLoss, point.dReal, point.dFake].some(Number.isFinite);
        this.stats = {
          step: event.step,
          stepsPerSecond: event.stepsPerSecond,
          trainingSeconds: event.trainingSeconds,
          latest: measured ? point : this.stats.latest,
          history: measured ? addPoint(this.stats.history, point) : this.stats.history,
        };
        if (event.backend !== this.status.backend || event.running !== this.status.running) {
          this.status = { ...this.status, backend: event.backend, running: event.running };
          this.mark('status');
        }
        return this.mark('stats');
      }
      case 'preview':
        if (this.status.phase !== 'loading') return;
        this.status = { ...this.status, preview: true };
        this.stats = { ...this.stats, step: event.step }; // the step the drawings are from
        this.mark('status', 'stats');
      // falls through: shown like any grid
      case 'grid':
        this.grid = {
          step: event.step,
          rows: event.rows,
          cols: event.cols,
          pixels: new Uint8Array(event.pixels),
        };
        return this.mark('grid');
      case 'snapshot': {
        const kept = new Set(event.kept);
        const others = this.timeline.filter((s) => kept.has(s.step) && s.step !== event.step);
        const snap = {
          step: event.step,
          rows: event.rows,
          cols: event.cols,
          pixels: new Uint8Array(event.pixels),
        };
        this.timeline = [...others, snap].sort((a, b) => a.step - b.step);
        return this.mark('timeline');
      }
      case 'quality':
        this.quality = event;
        if (event.step > (this.qualityHistory.at(-1)?.step ?? -1)) {
          this.qualityHistory = [
            ...this.qualityHistory,
            { step: event.step, share: event.confidentShare },
          ].slice(-200);
        }
        return this.mark('quality');
      case 'hyper':
        this.status = { ...this.status, hyper: event.hyper, preset: event.preset };
        if (event.rebuilt) this.resetRun();
        return this.mark('status', 'stats', 'grid', 'timeline', 'quality');
      case 'backend':
        this.status = {
          ...this.status,
          backend: event.backend,
          simd: event.simd,
          threads: event.threads,
          measuring: false,
        };
        return this.mark('status');
      case 'running':
        this.status = { ...this.status, running: event.running };
        return this.mark('status');
      case 'temperature':
        this.temperature = event.value;
        return this.mark('temperature');
      case 'error':
        console.warn('GAN worker error', event.code, event.detail ?? '');
        return this.fail(event.code);
      default:
        return;
    }
  }

  private fail(code: ErrorCode): void {
    this.error = code;
    // Without models nothing works; once 'ready' an error is a notice, not the end of the demo.
    if (this.status.phase === 'loading') {
      this.status = { ...this.status, phase: 'error', running: false, preview: false };
      this.settleReady(code);
    }
    this.mark('error', 'status');
  }

  private settleReady(failure: ErrorCode | null): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) {
      if (failure) w.reject(failure);
      else w.resolve(this.status);
    }
  }

  private resetRun(): void {
    this.stats = { ...EMPTY_STATS, step: this.stats.step };
    this.grid = null;
    this.timeline = [];
    this.quality = null;
    this.qualityHistory = [];
  }

  private mark(...topics: Topic[]): void {
    for (const t of topics) this.dirty.add(t);
    this.flushTimer ??= setTimeout(() => this.flush(), NOTIFY_MS);
  }

  private flush(): void {
    this.flushTimer = null;
    const topics = [...this.dirty];
    this.dirty.clear();
    for (const t of topics) this.listeners.get(t)?.forEach((l) => l());
  }
}
