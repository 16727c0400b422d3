'use client';
import { useEffect, useRef, useState } from 'react';
import { compareWithStored, type GanRun } from '@/lib/examples/gan-run';
import { tileToPixels } from '@/lib/examples/tile-pixels';
import { useI18n } from '@/lib/i18n/client';
import en from '@/lib/i18n/messages/regenerate.en.json';
import nl from '@/lib/i18n/messages/regenerate.nl.json';
import styles from './regenerate.module.css';

type Key = keyof typeof en;
type Result =
  | { state: 'idle' | 'working' | 'failed' }
  | {
      state: 'done';
      mode: 'same' | 'new';
      seed: number;
      tile: Uint8Array;
      differing: number;
      maxDiff: number;
      total: number;
      backend: string;
      checkpointChanged: boolean;
    };

/**
 * "Regenerate" draws a GAN run again in the browser from its seed and compares it pixel by pixel
 * with the stored picture; "New seed" draws it from another seed. Only for our own GAN's runs.
 * Its strings travel with it (a few lines), so the gallery page needs no extra message area.
 */
export function RegenerateRun({
  run,
  storedUrl,
  runNumber,
}: {
  run: GanRun;
  storedUrl: string;
  runNumber: number;
}) {
  const { locale } = useI18n();
  const m = locale === 'nl' ? nl : en;
  const t = (key: Key, values: Record<string, string | number> = {}) =>
    m[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);
  // The viewer is tall: bring the verdict into view when it arrives.
  useEffect(() => {
    if (result.state !== 'idle') resultRef.current?.scrollIntoView({ block: 'nearest' });
  }, [result.state]);

  async function draw(mode: 'same' | 'new') {
    setResult({ state: 'working' });
    try {
      const engine = await import('./regenerate-engine');
      const seed = mode === 'same' ? run.spec.seed : freshSeed(run.spec.seed);
      const [fresh, stored] = await Promise.all([
        engine.regenerate(run.checkpointUrl, { ...run.spec, seed }),
        engine.storedPixels(storedUrl),
      ]);
      const cmp = compareWithStored(fresh.tile, stored.pixels, stored.side);
      const checkpointChanged = !!(
        run.checkpointSha256 &&
        fresh.checkpointSha256 &&
        run.checkpointSha256 !== fresh.checkpointSha256
      );
      setResult({
        state: 'done',
        mode,
        seed,
        tile: fresh.tile,
        ...cmp,
        backend: fresh.backend,
        checkpointChanged,
      });
    } catch (error) {
      console.error(error);
      setResult({ state: 'failed' });
    }
  }

  const done = result.state === 'done' ? result : null;
  return (
    <section className={styles.box} aria-labelledby={`regen-${runNumber}`} data-testid="regenerate">
      <h3 id={`regen-${runNumber}`} className={styles.title}>
        {t('title')}
      </h3>
      <p className={styles.explain}>{t('explain')}</p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="btn"
          onClick={() => draw('same')}
          disabled={result.state === 'working'}
          aria-label={t('regenerateLabel', { n: runNumber })}
          data-testid="regenerate-same"
        >
          {t('regenerate')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => draw('new')}
          disabled={result.state === 'working'}
          aria-label={t('newSeedLabel', { n: runNumber })}
          data-testid="regenerate-new"
        >
          {t('newSeed')}
        </button>
      </div>
      <div className={styles.result} role="status" aria-live="polite" ref={resultRef}>
        {result.state === 'working' && <p>{t('working')}</p>}
        {result.state === 'failed' && <p className={styles.bad}>{t('failed')}</p>}
        {done && (
          <div className={styles.done}>
            <TileCanvas tile={done.tile} label={t('fresh', { seed: done.seed })} />
            <div>
              <p
                className={done.mode === 'same' && done.differing === 0 ? styles.good : undefined}
                data-testid="regenerate-verdict"
                data-differing={done.differing}
                data-mode={done.mode}
              >
                {done.mode === 'new'
                  ? t('newSeedResult', {
                      seed: done.seed,
                      differing: done.differing,
                      total: done.total,
                    })
                  : done.differing === 0
                    ? t('identical', { total: done.total, seed: done.seed })
                    : t('different', {
                        differing: done.differing,
                        total: done.total,
                        maxDiff: done.maxDiff,
                        seed: done.seed,
                      })}
              </p>
              <p className="muted">
                {t('backend', { backend: done.backend === 'wasm' ? 'WebAssembly' : done.backend })}
                {done.backend !== 'wasm' && ` ${t('backendNote')}`}
              </p>
              {done.checkpointChanged && <p className={styles.bad}>{t('checkpointChanged')}</p>}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/** A seed unlike the stored one (any 31-bit number will do). */
function freshSeed(avoid: number): number {
  const values = new Uint32Array(1);
  let seed = avoid;
  while (seed === avoid) seed = (crypto.getRandomValues(values)[0] ?? 1) % 2147483647;
  return seed;
}

function TileCanvas({ tile, label }: { tile: Uint8Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const grey = tileToPixels(tile, 1);
    const image = ctx.createImageData(28, 28);
    grey.forEach((v, i) => image.data.set([v, v, v, 255], i * 4));
    ctx.putImageData(image, 0, 0);
  }, [tile]);
  return (
    <figure className={styles.figure}>
      <canvas
        ref={ref}
        width={28}
        height={28}
        className={styles.canvas}
        role="img"
        aria-label={label}
        data-testid="regenerate-canvas"
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
