'use client';
import { useEffect, useRef } from 'react';
import { RunPicture } from '@/app/_components/run-picture';
import { useT } from '@/lib/i18n/client';
import { ganRunOf } from '@/lib/examples/gan-run';
import { imageUrl } from '@/lib/images/urls';
import { RegenerateRun } from './regenerate-run';
import { RunMetadata } from './run-metadata';
import type { ViewerRun } from './run-grid';
import styles from './comparison.module.css';

/**
 * One run large, in a modal <dialog>: the browser traps focus and Escape closes it; arrow keys move
 * between runs; closing returns focus to the run that opened it (the grid does that).
 */
export function RunViewer(props: { runs: ViewerRun[]; index: number; onMove: (i: number) => void; onClose: () => void }) {
  const { runs, index, onMove, onClose } = props;
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const run = runs[index]!;
  const ganRun = ganRunOf(run.meta.tool, run.meta.settings);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const move = (delta: number) => onMove((index + delta + runs.length) % runs.length);
  return (
    <dialog
      ref={dialog}
      className={styles.viewer}
      aria-label={t('comparison.viewerLabel')}
      aria-describedby="viewer-help"
      // Escape and the close button close the native dialog first (it stops being modal), then
      // the grid unmounts it and returns focus to the run that opened it.
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') { e.preventDefault(); move(1); }
        if (e.key === 'ArrowLeft') { e.preventDefault(); move(-1); }
      }}
      data-testid="run-viewer"
    >
      <div className={styles.viewerBar}>
        <p className={styles.viewerTitle} aria-live="polite" data-testid="viewer-position">
          {t('comparison.variant', { n: run.variantIndex + 1 })} · {t('comparison.run', { n: run.runIndex + 1 })} —{' '}
          {t('comparison.viewerPosition', { index: index + 1, total: runs.length })}
        </p>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => dialog.current?.close()} autoFocus>
          {t('comparison.viewerClose')}
        </button>
      </div>
      <div className={styles.viewerBody}>
        <button type="button" className={styles.viewerNav} onClick={() => move(-1)} aria-label={t('comparison.viewerPrevious')}>‹</button>
        <a href={imageUrl(run.image.hash, 'full', run.fullFormat)} target="_blank" rel="noopener" className={styles.viewerImage}>
          <RunPicture
            key={run.image.hash + index}
            image={run.image}
            alt={t('comparison.runAlt', { n: run.runIndex + 1, prompt: run.prompt })}
            sizes="(max-width: 900px) 100vw, 80vh"
            priority
          />
        </a>
        <button type="button" className={styles.viewerNav} onClick={() => move(1)} aria-label={t('comparison.viewerNext')}>›</button>
      </div>
      <div className={styles.viewerMeta}>
        <q className={styles.prompt}>{run.prompt}</q>
        <RunMetadata meta={run.meta} t={t} />
        {ganRun && (
          <RegenerateRun key={index} run={ganRun} storedUrl={imageUrl(run.image.hash, 'full', run.fullFormat)} runNumber={run.runIndex + 1} />
        )}
        <p id="viewer-help" className="muted">{t('comparison.viewerHelp')}</p>
      </div>
    </dialog>
  );
}
