import { describe, expect, it, vi } from 'vitest';
import type { GanCommand, GanEvent } from '@/lib/gan/protocol';
import { DEFAULT_HYPER } from '@/lib/gan/hyper';
import type { TrainingWorker } from './create-worker';
import { addPoint, MAX_POINTS } from './history';
import { TrainingStore } from './training-store';

/** A stand-in worker: records commands; `emit` plays the worker's side. */
function fakeWorker() {
  const sent: GanCommand[] = [];
  const listeners = new Set<(e: GanEvent) => void>();
  const worker: TrainingWorker = {
    raw: new EventTarget() as Worker,
    send: (c) => sent.push(c),
    onEvent: (l) => (listeners.add(l), () => listeners.delete(l)),
    terminate: () => listeners.clear(),
  };
  return { worker, sent, emit: (e: GanEvent) => listeners.forEach((l) => l(e)) };
}

const ready: GanEvent = {
  type: 'ready',
  backend: 'wasm',
  simd: true,
  threads: 1,
  trial: [],
  source: 'pretrained',
  hyper: DEFAULT_HYPER,
  step: 5,
  gridRows: 10,
  gridCols: 10,
  heldOut: 1000,
  trainSize: 9000,
  initMs: 800,
  measuring: false,
};
const stats = (step: number): GanEvent => ({
  type: 'stats',
  step,
  dLoss: 1.2,
  gLoss: 0.8,
  dReal: 0.6,
  dFake: 0.4,
  stepsPerSecond: 12,
  backend: 'wasm',
  running: true,
  trainingSeconds: 3,
});

describe('TrainingStore', () => {
  it('sends init, applies ready and stats, and notifies in one batch', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    const heard = vi.fn();
    store.subscribe('stats', heard);
    store.connect('pretrained');
    expect(w.sent[0]).toMatchObject({ type: 'init', source: 'pretrained' });
    w.emit(ready);
    w.emit(stats(6));
    w.emit(stats(7));
    expect(store.status.phase).toBe('ready');
    expect(store.stats.step).toBe(7);
    expect(store.stats.history.map((p) => p.step)).toEqual([6, 7]);
    expect(store.status.running).toBe(true);
    vi.advanceTimersByTime(500);
    expect(heard).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('shows a backend trial from ready until the backend event, and takes its backend', () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    const heard = vi.fn();
    store.subscribe('status', heard);
    store.connect('pretrained');
    w.emit({ ...ready, measuring: true });
    expect(store.status.measuring).toBe(true);
    vi.advanceTimersByTime(500);
    const calls = heard.mock.calls.length;
    w.emit({ type: 'backend', backend: 'webgl', simd: false, threads: 1, trial: [] });
    expect(store.status).toMatchObject({ measuring: false, backend: 'webgl', phase: 'ready' });
    vi.advanceTimersByTime(500);
    expect(heard).toHaveBeenCalledTimes(calls + 1);
    vi.useRealTimers();
  });

  it('keeps the download count for its own listeners, and starts it over on a new worker', () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    const download = vi.fn();
    const status = vi.fn();
    store.subscribe('download', download);
    store.connect();
    vi.advanceTimersByTime(500);
    store.subscribe('status', status);
    w.emit({ type: 'download', loaded: 500_000, total: 2_000_000 });
    w.emit({ type: 'download', loaded: 900_000, total: 2_000_000 });
    expect(store.download).toEqual({ loaded: 900_000, total: 2_000_000 });
    vi.advanceTimersByTime(500);
    expect(download).toHaveBeenCalledTimes(2); // connect, then one batch for both counts
    expect(status).not.toHaveBeenCalled(); // the rest of the demo does not re-render for it
    store.connect('saved');
    expect(store.download).toBeNull();
    vi.useRealTimers();
  });

  it('matches answers to requests and rejects on an error with the same id', async () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect();
    w.emit(ready);
    const saving = store.request({ type: 'save' }, 'saved');
    const sent = w.sent.at(-1) as Extract<GanCommand, { type: 'save' }>;
    w.emit({ type: 'saved', requestId: sent.requestId, step: 9, savedAt: 1 });
    await expect(saving).resolves.toMatchObject({ step: 9 });
    const exporting = store.request({ type: 'export' }, 'exported');
    const id = (w.sent.at(-1) as Extract<GanCommand, { type: 'export' }>).requestId;
    w.emit({ type: 'error', code: 'storage-failed', requestId: id });
    await expect(exporting).rejects.toBe('storage-failed');
    expect(store.error).toBeNull();
  });

  it('turns a worker error while loading into the error phase', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect();
    w.emit({ type: 'error', code: 'model-load-failed' });
    expect(store.status.phase).toBe('error');
    expect(store.error).toBe('model-load-failed');
  });

  it('shows a preview grid while loading and keeps it through ready, until the first grid', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect('pretrained');
    const tiles = (value: number): ArrayBuffer => new Uint8Array(784 * 100).fill(value).buffer;
    w.emit({ type: 'preview', step: 5, rows: 10, cols: 10, pixels: tiles(7) });
    expect(store.status).toMatchObject({ phase: 'loading', preview: true });
    expect(store.grid?.step).toBe(5);
    expect(store.stats.step).toBe(5);
    expect(store.grid?.pixels[0]).toBe(7);
    w.emit(ready);
    expect(store.status).toMatchObject({ phase: 'ready', preview: false });
    expect(store.grid?.pixels[0]).toBe(7);
    w.emit({ type: 'grid', step: 5, rows: 10, cols: 10, pixels: tiles(9) });
    expect(store.grid?.pixels[0]).toBe(9);
    // A late preview (after ready) must not replace the live grid.
    w.emit({ type: 'preview', step: 5, rows: 10, cols: 10, pixels: tiles(3) });
    expect(store.grid?.pixels[0]).toBe(9);
    expect(store.status.preview).toBe(false);
  });

  it('drops the preview on a failed load and on a ready from another source', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect('pretrained');
    const preview: GanEvent = {
      type: 'preview',
      step: 5,
      rows: 10,
      cols: 10,
      pixels: new ArrayBuffer(784 * 100),
    };
    w.emit(preview);
    w.emit({ type: 'error', code: 'data-load-failed' });
    expect(store.status).toMatchObject({ phase: 'error', preview: false });
    store.connect('pretrained');
    expect(store.grid).toBeNull();
    w.emit(preview);
    w.emit({ ...ready, source: 'saved' });
    expect(store.grid).toBeNull();
  });

  it('keeps only the snapshots the worker still keeps, in step order', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect();
    w.emit(ready);
    const snap = (step: number, kept: number[]): GanEvent => ({
      type: 'snapshot',
      step,
      rows: 1,
      cols: 1,
      pixels: new ArrayBuffer(784),
      kept,
    });
    w.emit(snap(10, [10]));
    w.emit(snap(20, [10, 20]));
    w.emit(snap(30, [10, 30]));
    expect(store.timeline.map((s) => s.step)).toEqual([10, 30]);
  });
});

describe('addPoint', () => {
  const p = (step: number) => ({ step, dLoss: 1, gLoss: 1, dReal: 0.5, dFake: 0.5 });
  it('thins the history evenly instead of growing without end', () => {
    let h = [p(0)];
    for (let s = 1; s < 5000; s++) h = addPoint(h, p(s));
    expect(h.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(h[0]?.step).toBe(0);
    expect(h.at(-1)?.step).toBe(4999);
  });
  it('starts over when the step goes back (a reset)', () => {
    expect(addPoint([p(5), p(6)], p(0))).toEqual([p(0)]);
  });
});

describe('TrainingStore stats', () => {
  it('counts steps but draws no point for stats without numbers (before the first step)', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect();
    w.emit(ready);
    w.emit({
      ...(stats(5) as Extract<GanEvent, { type: 'stats' }>),
      dLoss: NaN,
      gLoss: NaN,
      dReal: NaN,
      dFake: NaN,
    });
    expect(store.stats.step).toBe(5);
    expect(store.stats.latest).toBeNull();
    expect(store.stats.history).toEqual([]);
  });
});

describe('TrainingStore worker errors', () => {
  it('fails on a worker that cannot start, but not on an uncaught error inside a live one', () => {
    const w = fakeWorker();
    const store = new TrainingStore(() => w.worker);
    store.connect();
    const error = (message: string) => Object.assign(new Event('error'), { message });
    w.worker.raw.dispatchEvent(error('Uncaught NetworkError: importScripts failed'));
    expect(store.status.phase).toBe('loading');
    w.worker.raw.dispatchEvent(error(''));
    expect(store.status.phase).toBe('error');
    expect(store.error).toBe('internal');
  });
});
