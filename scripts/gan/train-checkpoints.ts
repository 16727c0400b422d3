/**
 * `npm run gan:train-checkpoints`: train the pretrained conditional GAN (default hyperparameters,
 * fixed seeds, WASM in Node) and write public/gan/models/gan.bin, in half precision
 * (lib/gan/weights-half.ts). Needs the judge
 * (gan:train-classifier) to report quality; prints steps, seconds and quality as it goes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadJudge } from '../../lib/gan/classifier';
import { DEFAULT_HYPER } from '../../lib/gan/hyper';
import { GanSession } from '../../lib/gan/session';
import { measureQuality } from '../../lib/gan/session-views';
import { loadDigitsNode, useWasmBackend } from '../../lib/gan/testing/node-data';
import { toHalfPrecision } from '../../lib/gan/weights-half';

const STEPS = Number(process.env.STEPS ?? 3000);
// Experiments: HYPER='{"lrD":2e-3}' overrides the defaults; OUT=none skips writing the file.
const HYPER = JSON.parse(process.env.HYPER ?? '{}') as Partial<typeof DEFAULT_HYPER>;
const dir = path.resolve('public/gan/models');

(async () => {
  const t0 = performance.now();
  await useWasmBackend();
  tf.randomUniform([1], 0, 1, 'float32', 1).dispose(); // seeds tfjs's global random stream
  const session = new GanSession(await loadDigitsNode(3), loadJudge(new Uint8Array(readFileSync(path.join(dir, 'classifier.bin'))).buffer));
  session.build({ ...DEFAULT_HYPER, ...HYPER }, 1);
  let firstDigits: number | null = null;
  while (session.step < STEPS) {
    await session.absorbStats(session.train('both', 100));
    const q = await measureQuality(session);
    const ok = q && q.confidentShare >= 0.8 && q.digitsPresent >= 9;
    if (ok && firstDigits === null) firstDigits = session.trainingMs / 1000;
    console.log(
      `step ${session.step} train ${(session.trainingMs / 1000).toFixed(0)} s  confident ${((q?.confidentShare ?? 0) * 100).toFixed(0)}% ` +
        `digits ${q?.digitsPresent} IS ${q?.inceptionScore.toFixed(2)}  D ${session.stats[0]?.toFixed(2)} G ${session.stats[1]?.toFixed(2)}`,
    );
  }
  const file = toHalfPrecision(await session.exportFile());
  if (process.env.OUT !== 'none') writeFileSync(path.join(dir, 'gan.bin'), new Uint8Array(file));
  console.log(
    `target (≥80% confident, ≥9 digits) first reached after ${firstDigits?.toFixed(0) ?? 'never'} s of training; ` +
      `${file.byteLength} B; total ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
})();
