/**
 * Runs inside the benchmark page (bundled by bench/gan.ts): drives the real training worker
 * from scratch with the default preset and records what `npm run bench:gan` prints.
 */
import type { GanCommand, GanEvent } from '../../lib/gan/protocol';

interface BenchResult {
  ready?: Extract<GanEvent, { type: 'ready' }>;
  backend?: Extract<GanEvent, { type: 'backend' }>;
  stepsPerSecond: number[];
  firstDigits: number | null;
  timeToDigits: number | null;
  wallToDigits: number | null;
  lastQuality?: Extract<GanEvent, { type: 'quality' }>;
  longestTaskMs: number;
  grids: number;
  errors: string[];
  done: boolean;
}

const result: BenchResult = {
  stepsPerSecond: [],
  firstDigits: null,
  timeToDigits: null,
  wallToDigits: null,
  longestTaskMs: 0,
  grids: 0,
  errors: [],
  done: false,
};
(globalThis as unknown as { __bench: BenchResult }).__bench = result;

new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    result.longestTaskMs = Math.max(result.longestTaskMs, e.duration);
}).observe({ type: 'longtask', buffered: true });

const worker = new Worker('/worker.js', { type: 'module' });
const send = (c: GanCommand) => worker.postMessage(c);
let playAt = 0;
worker.onmessage = (m: MessageEvent<GanEvent>) => {
  const e = m.data;
  if (e.type === 'ready') {
    result.ready = e;
    playAt = performance.now();
    send({ type: 'play' });
  } else if (e.type === 'backend') {
    result.backend = e;
  } else if (e.type === 'stats' && e.running && e.stepsPerSecond > 0) {
    result.stepsPerSecond.push(e.stepsPerSecond);
  } else if (e.type === 'grid') {
    result.grids++;
  } else if (e.type === 'quality') {
    result.lastQuality = e;
    if (result.firstDigits === null && e.confidentShare >= 0.3)
      result.firstDigits = e.trainingSeconds;
    if (result.timeToDigits === null && e.confidentShare >= 0.8 && e.digitsPresent >= 9) {
      result.timeToDigits = e.trainingSeconds;
      result.wallToDigits = (performance.now() - playAt) / 1000;
      result.done = true;
      send({ type: 'pause' });
    }
  } else if (e.type === 'error') {
    result.errors.push(`${e.code} ${e.detail ?? ''}`);
  }
};
const backend = new URLSearchParams(location.search).get('backend') ?? 'auto';
send({ type: 'init', source: 'scratch', backend: backend as 'auto', seed: 1 });
