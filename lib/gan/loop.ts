/**
 * The play loop: bursts of synchronous steps (≤ BURST_MS) yielding to the event loop between
 * them so commands get through; stats, grid and quality posted on their own clocks.
 */
import type { BackendName, GanEvent } from './protocol';
import { GRID_COLS, GRID_ROWS } from './session';
import type { GanSession } from './session';
import { measureQuality } from './session-views';

const BURST_MS = 40;
const STATS_MS = 250;
// Grid and quality cost a generator pass each: spaced so they take < 10% of training time.
const GRID_MS = 1000;
const QUALITY_MS = 3000;
const yieldToEvents = (ms = 0) => new Promise((r) => setTimeout(r, ms));

export class TrainingLoop {
  running = false;
  /** null = as fast as possible. */
  maxStepsPerSecond: number | null = null;
  private recent: { t: number; step: number }[] = [];
  private lastStats = 0;
  private lastGrid = 0;
  private lastQuality = 0;
  private generation = 0;

  constructor(
    private readonly session: () => GanSession,
    private readonly post: (e: GanEvent) => void,
    private readonly backend: () => BackendName,
  ) {}

  stepsPerSecond(): number {
    const first = this.recent[0];
    const last = this.recent.at(-1);
    if (!this.running || !first || !last || last.t === first.t) return 0;
    return ((last.step - first.step) * 1000) / (last.t - first.t);
  }

  async postStats(): Promise<void> {
    const s = this.session();
    const [dLoss = NaN, gLoss = NaN, dReal = NaN, dFake = NaN] = s.stats;
    this.post({
      type: 'stats',
      step: s.step,
      dLoss,
      gLoss,
      dReal,
      dFake,
      stepsPerSecond: this.stepsPerSecond(),
      backend: this.backend(),
      running: this.running,
      trainingSeconds: s.trainingMs / 1000,
    });
  }

  /** Post the grid; also keep it as a timeline snapshot when one is due. */
  async postGrid(): Promise<void> {
    const s = this.session();
    const tiles = await s.gridTiles();
    if (s.timeline.due(s.step)) {
      const copy = tiles.slice().buffer;
      s.timeline.add(s.step, copy);
      const kept = s.timeline.steps;
      this.post({
        type: 'snapshot',
        step: s.step,
        rows: GRID_ROWS,
        cols: GRID_COLS,
        pixels: copy.slice(0),
        kept,
      });
    }
    this.post({
      type: 'grid',
      step: s.step,
      rows: GRID_ROWS,
      cols: GRID_COLS,
      pixels: tiles.buffer,
    });
  }

  async postQuality(requestId: number | null): Promise<void> {
    const s = this.session();
    const q = await measureQuality(s);
    if (!q) return;
    const { samples, confidentShare, histogram, digitsPresent, inceptionScore } = q;
    this.post({
      type: 'quality',
      requestId,
      step: s.step,
      trainingSeconds: s.trainingMs / 1000,
      samples,
      confidentShare,
      histogram,
      digitsPresent,
      inceptionScore,
    });
  }

  play(): void {
    if (this.running) return;
    this.running = true;
    this.recent = [];
    this.post({ type: 'running', running: true });
    void this.run(++this.generation);
  }

  pause(): void {
    if (!this.running) return;
    this.running = false;
    this.post({ type: 'running', running: false });
    void this.postStats();
  }

  private async run(generation: number): Promise<void> {
    while (this.running && generation === this.generation) {
      const s = this.session();
      const t0 = performance.now();
      let pending = null;
      do {
        pending?.dispose();
        pending = s.train('both', 1);
      } while (performance.now() - t0 < BURST_MS && !this.maxStepsPerSecond);
      await s.absorbStats(pending); // one read-back per burst: forces GPU backends to finish
      const now = performance.now();
      this.recent.push({ t: now, step: s.step });
      while (this.recent.length > 2 && now - (this.recent[0]?.t ?? now) > 2000) this.recent.shift();
      if (now - this.lastStats >= STATS_MS) {
        this.lastStats = now;
        await this.postStats();
      }
      if (now - this.lastGrid >= GRID_MS) {
        this.lastGrid = now;
        await this.postGrid();
      }
      if (now - this.lastQuality >= QUALITY_MS) {
        this.lastQuality = now;
        await this.postQuality(null);
      }
      const wait = this.maxStepsPerSecond
        ? Math.max(0, 1000 / this.maxStepsPerSecond - (performance.now() - t0))
        : 0;
      await yieldToEvents(wait);
    }
  }
}
