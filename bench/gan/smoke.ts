/**
 * Second page of the benchmark: start from the pretrained checkpoint (time to 'ready'), then
 * exercise the request/response commands once each, reporting what came back.
 */
import type { GanCommand, GanEvent } from '../../lib/gan/protocol';

const report: Record<string, unknown> = {};
(globalThis as unknown as { __smoke: typeof report }).__smoke = report;
const t0 = performance.now();
const worker = new Worker('/worker.js', { type: 'module' });
const send = (c: GanCommand) => worker.postMessage(c, c.type === 'import' ? [c.file] : []);
const waitFor = <T extends GanEvent['type']>(type: T) =>
  new Promise<Extract<GanEvent, { type: T }>>((resolve) => {
    const h = (m: MessageEvent<GanEvent>) => {
      if (m.data.type === type) {
        worker.removeEventListener('message', h);
        resolve(m.data as Extract<GanEvent, { type: T }>);
      } else if (m.data.type === 'error') report[`error:${m.data.code}`] = m.data.detail ?? true;
    };
    worker.addEventListener('message', h);
  });

async function run(): Promise<void> {
  const ready = waitFor('ready');
  send({ type: 'init', source: 'pretrained', backend: 'wasm' });
  const r = await ready;
  report.readyMs = performance.now() - t0;
  report.initMs = r.initMs;
  report.step = r.step;
  const q = waitFor('quality');
  send({ type: 'quality', requestId: 1 });
  const quality = await q;
  report.pretrainedConfident = quality.confidentShare;
  report.pretrainedDigits = quality.digitsPresent;
  report.pretrainedIS = quality.inceptionScore;
  const g = waitFor('game');
  send({ type: 'game', requestId: 2 });
  const game = await g;
  report.game = {
    count: game.count,
    real: game.real.filter(Boolean).length,
    dScore: game.dScore.map((v) => +v.toFixed(2)),
  };
  const i = waitFor('interpolation');
  send({ type: 'interpolate', requestId: 3, frames: 8, seedA: 1, seedB: 2 });
  report.interpolationBytes = (await i).pixels.byteLength;
  const saved = waitFor('saved');
  send({ type: 'save', requestId: 4 });
  report.savedStep = (await saved).step;
  const info = waitFor('saved-info');
  send({ type: 'saved-info', requestId: 5 });
  report.savedExists = (await info).exists;
  const ex = waitFor('exported');
  send({ type: 'export', requestId: 6 });
  const exported = await ex;
  report.exportBytes = exported.bytes;
  const im = waitFor('imported');
  send({ type: 'import', requestId: 7, file: exported.file });
  report.importedStep = (await im).step;
  const again = waitFor('ready');
  send({ type: 'init', source: 'saved', backend: 'wasm' });
  report.restoredStep = (await again).step;
  report.done = true;
}
run().catch((e: unknown) => (report.failure = String(e)));
