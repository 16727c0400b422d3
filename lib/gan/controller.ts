/**
 * Turns protocol commands into session/loop calls and answers with events. Used by
 * app/gan/train.worker.ts; no DOM, only worker-safe globals (fetch, indexedDB, timers).
 */
import { chooseBackend, configureWasm, trySetBackend, wasmInfo } from './backend';
import { fetchAssets, readAssets, type AssetFiles } from './assets';
import { loadJudge } from './classifier';
import { PRESETS } from './hyper';
import { TrainingLoop } from './loop';
import type {
  BackendName,
  BackendTrial,
  ErrorCode,
  GanCommand,
  GanEvent,
  PresetId,
} from './protocol';
import { drawFileGrid, GanSession, GRID_COLS, GRID_ROWS } from './session';
import { makeCards, makeInterpolation } from './session-views';
import { handleFileCommand } from './files';
import { cachedTrial, loadModel, storeTrial, type CachedTrial } from './storage';
import type { RealBatch } from './train-step';

/** How long the preview waits for the digits before drawing without them (see `preview`). */
const PREVIEW_GRACE_MS = 300;

export class GanController {
  private session: GanSession | null = null;
  private backend: BackendName = 'cpu';
  private trial: BackendTrial[] = [];
  private pretrained: ArrayBuffer | null = null;
  private preset: PresetId | null = 'balanced';
  private readonly loop: TrainingLoop;
  private trialDone: Promise<void> = Promise.resolve();
  /** Settles once the judge is attached (or failed): quality, verdicts and the game wait for it. */
  private judgeIn: Promise<void> = Promise.resolve();
  /** A backend trial is running; the page says so, since commands wait for it. */
  private measuring = false;

  constructor(private readonly post: (e: GanEvent) => void) {
    this.loop = new TrainingLoop(
      () => this.session as GanSession,
      post,
      () => this.backend,
    );
  }

  private fail(code: ErrorCode, requestId?: number, err?: unknown): void {
    this.post({
      type: 'error',
      code,
      requestId,
      detail: err instanceof Error ? err.message : undefined,
    });
  }

  private ready(source: 'pretrained' | 'scratch' | 'saved', t0: number): void {
    const s = this.session as GanSession;
    this.post({
      type: 'ready',
      backend: this.backend,
      ...wasmInfo(),
      trial: this.trial,
      source,
      hyper: s.hyper,
      step: s.step,
      gridRows: GRID_ROWS,
      gridCols: GRID_COLS,
      heldOut: s.data.heldOutSize,
      trainSize: s.data.trainSize,
      initMs: performance.now() - t0,
      measuring: this.measuring,
    });
    this.post({ type: 'hyper', hyper: s.hyper, preset: this.preset, rebuilt: true });
    void this.loop.postStats().then(() => this.loop.postGrid());
  }

  /** (Re)build the models from a source; false when it failed (error already posted). */
  private async load(
    source: 'pretrained' | 'scratch' | 'saved',
    requestId?: number,
  ): Promise<boolean> {
    const s = this.session as GanSession;
    try {
      if (source === 'scratch') s.build(s.hyper, Math.floor(Math.random() * 1e9));
      else if (source === 'pretrained') s.importFile(this.pretrained as ArrayBuffer);
      else {
        const saved = await loadModel();
        if (!saved) return (this.fail('no-saved-model', requestId), false);
        s.importFile(saved.file);
      }
      return true;
    } catch (err) {
      this.fail(source === 'saved' ? 'storage-failed' : 'model-load-failed', requestId, err);
      return false;
    }
  }

  async handle(c: GanCommand): Promise<void> {
    if (c.type === 'init') return this.init(c);
    await this.trialDone; // the backend must not change under a command
    if (c.type === 'quality' || c.type === 'verdict' || c.type === 'game') await this.judgeIn;
    const s = this.session;
    if (!s) return this.fail('not-ready', 'requestId' in c ? c.requestId : undefined);
    try {
      switch (c.type) {
        case 'play':
          return this.loop.play();
        case 'pause':
          return this.loop.pause();
        case 'step': {
          this.loop.pause();
          await s.absorbStats(s.train(c.target, Math.max(1, Math.min(100, c.count ?? 1))));
          await this.loop.postStats();
          return this.loop.postGrid();
        }
        case 'reset':
          this.loop.pause();
          if (await this.load(c.source)) this.ready(c.source, performance.now());
          return;
        case 'speed':
          this.loop.maxStepsPerSecond =
            c.stepsPerSecond && c.stepsPerSecond > 0 ? c.stepsPerSecond : null;
          return;
        case 'set-hyper':
        case 'preset': {
          const patch = c.type === 'preset' ? PRESETS[c.id] : c.hyper;
          if (!patch) return this.fail('bad-command');
          this.preset = c.type === 'preset' ? c.id : null;
          const { rebuilt } = s.setHyper(patch);
          const restart = c.type === 'preset' && (c.restart ?? true) && !rebuilt;
          if (restart) s.build(s.hyper, Math.floor(Math.random() * 1e9));
          this.post({
            type: 'hyper',
            hyper: s.hyper,
            preset: this.preset,
            rebuilt: rebuilt || restart,
          });
          if (rebuilt || restart) await this.loop.postGrid();
          return;
        }
        case 'temperature':
          s.temperature = Math.max(0, Math.min(2, Number.isFinite(c.value) ? c.value : 1));
          this.post({ type: 'temperature', value: s.temperature });
          return this.loop.postGrid();
        case 'quality':
          return this.loop.postQuality(c.requestId);
        case 'verdict':
        case 'game': {
          const count = Math.max(1, Math.min(64, c.count ?? (c.type === 'game' ? 10 : 16)));
          this.post({ type: c.type, ...(await makeCards(s, c.requestId, count)) });
          return;
        }
        case 'interpolate': {
          const frames = Math.max(2, Math.min(64, Math.round(c.frames)));
          const tiles = await makeInterpolation(s, frames, c.seedA, c.seedB, c.digitA, c.digitB);
          this.post({
            type: 'interpolation',
            requestId: c.requestId,
            frames,
            pixels: tiles.buffer,
          });
          return;
        }
        case 'get-snapshots':
          for (const { step, value } of s.timeline.all) {
            const kept = s.timeline.steps;
            this.post({
              type: 'snapshot',
              step,
              rows: GRID_ROWS,
              cols: GRID_COLS,
              pixels: value.slice(0),
              kept,
            });
          }
          return;
        case 'save':
        case 'saved-info':
        case 'export':
        case 'import':
          return handleFileCommand(c, {
            session: s,
            post: this.post,
            fail: (code, id, err) => this.fail(code, id, err),
            pause: () => this.loop.pause(),
            ready: () => this.ready('saved', performance.now()),
          });
        default:
          return this.fail('bad-command');
      }
    } catch (err) {
      this.fail('internal', 'requestId' in c ? c.requestId : undefined, err);
    }
  }

  private async init(c: Extract<GanCommand, { type: 'init' }>): Promise<void> {
    const t0 = performance.now();
    this.loop.pause();
    const base = c.assetBase ?? '/gan/';
    configureWasm(`${base}wasm/`);
    const auto = !c.backend || c.backend === 'auto';
    // The engine (WASM, ~140 KB) loads while the model and digits do, not after them: on slow
    // Wi-Fi that is a second or two sooner ready.
    const engine = this.startBackend(auto ? 'auto' : (c.backend as BackendName));
    const pretrained = c.source === 'pretrained';
    const files = fetchAssets(base, (p) => this.post({ type: 'download', ...p }), pretrained);
    const preview = pretrained ? this.preview(files, engine) : Promise.resolve();
    let assets;
    try {
      assets = await readAssets(files, c.seed);
    } catch (err) {
      return this.fail('data-load-failed', undefined, err);
    }
    this.pretrained = assets.pretrained;
    const next = (n: number) => assets.data.nextBatch(n);
    const { ok, cached } = await engine;
    if (!ok) return this.fail('no-backend');
    await preview; // its grid must not arrive after the session's own
    this.session?.disposeModels();
    const session = (this.session = new GanSession(assets.data));
    session.build({ ...session.hyper, ...PRESETS.balanced }, c.seed ?? 1);
    if (!(await this.load(c.source))) return;
    if (c.hyper && c.source !== 'saved') session.setHyper(c.hyper);
    this.measuring = auto && !cached;
    this.ready(c.source, t0);
    if (this.measuring) this.trialDone = this.backgroundTrial(next);
    this.judgeIn = this.attachJudge(session, files.judge);
  }

  /**
   * The judge arrives after 'ready' (lib/gan/assets.ts); it is made once the backend trial is
   * over, so its variables live where the models do. Without it the quality meter stays empty.
   */
  private async attachJudge(session: GanSession, file: Promise<ArrayBuffer | null>) {
    const bytes = await file;
    await this.trialDone;
    try {
      session.judge = bytes && loadJudge(bytes);
    } catch {
      session.judge = null;
    }
    if (!session.judge) this.fail('model-load-failed');
  }

  /**
   * While the digits are still on their way, show what the trained generator draws: a class sees
   * the demo's result seconds sooner on a slow network. Skipped when the digits come within
   * PREVIEW_GRACE_MS (a fast network, a second visit: the session's own grid follows at once, and
   * drawing twice would only delay it), and when the file or engine failed (init says so).
   */
  private async preview(files: AssetFiles, engine: ReturnType<GanController['startBackend']>) {
    const file = await files.pretrained;
    if (!file || !(await engine).ok) return;
    const digitsFirst = await Promise.race([
      files.digits.then(
        () => true,
        () => true,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), PREVIEW_GRACE_MS)),
    ]);
    if (digitsFirst) return;
    try {
      const { step, tiles } = await drawFileGrid(file);
      this.post({
        type: 'preview',
        step,
        rows: GRID_ROWS,
        cols: GRID_COLS,
        pixels: tiles.buffer,
      });
    } catch {
      // A broken file: loading it into the session fails next, and that is reported.
    }
  }

  /**
   * Set the first backend: the given one, or (auto) the winner of this browser's last trial, else
   * WASM, else CPU. Then `cached` is that trial, if any; without one, the others are timed after
   * 'ready'.
   */
  private async startBackend(
    choice: BackendName | 'auto',
  ): Promise<{ ok: boolean; cached: CachedTrial | null }> {
    const cached = choice === 'auto' ? await cachedTrial() : null;
    const first: BackendName[] =
      choice === 'auto' ? [cached?.backend ?? 'wasm', 'wasm', 'cpu'] : [choice];
    this.trial = cached?.trial ?? [];
    let ok = false;
    for (const b of first) if (!ok && (ok = await trySetBackend(b))) this.backend = b;
    return { ok, cached };
  }

  /** Time every backend, switch to the fastest (moving the weights), tell the page. */
  private async backgroundTrial(next: (n: number) => RealBatch): Promise<void> {
    const s = this.session as GanSession;
    try {
      const file = await s.exportFile();
      const { backend, trial } = await chooseBackend(next, s.hyper.batchSize);
      this.trial = trial;
      if (backend && backend !== this.backend) {
        this.backend = backend; // chooseBackend left it active; importFile rebuilds the models there
        s.importFile(file);
      } else {
        await trySetBackend(this.backend);
      }
      if (backend) void storeTrial({ backend, trial });
    } finally {
      // Even a failed trial ends: the page must not keep saying it is measuring.
      this.measuring = false;
      this.post({ type: 'backend', backend: this.backend, ...wasmInfo(), trial: this.trial });
    }
  }
}
