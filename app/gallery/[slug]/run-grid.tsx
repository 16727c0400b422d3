'use client';
import { useRef, useState } from 'react';
import { RunPicture, type PictureImage } from '@/app/_components/run-picture';
import { useT } from '@/lib/i18n/client';
import { RunMetadata, type RunMeta } from './run-metadata';
import { RunViewer } from './run-viewer';
import styles from './comparison.module.css';

export type GridVariant = {
  id: number;
  prompt: string;
  meta: RunMeta;
  /** `settings`: the run's own, which override the variant's (meta.settings). */
  runs: Array<{ id: number; image: PictureImage; settings: RunMeta['settings'] }>;
};
export type ViewerRun = { variantIndex: number; runIndex: number; prompt: string; image: PictureImage; meta: RunMeta; fullFormat: 'png' | 'jpeg' };

/** Prompt variants as rows and runs as columns; a run opens large in the viewer. */
export function RunGrid({ variants, fullFormats }: { variants: GridVariant[]; fullFormats: Record<string, 'png' | 'jpeg'> }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const openers = useRef<Array<HTMLButtonElement | null>>([]);
  const flat: ViewerRun[] = variants.flatMap((v, variantIndex) =>
    v.runs.map((r, runIndex) => ({
      variantIndex,
      runIndex,
      prompt: v.prompt,
      image: r.image,
      meta: { ...v.meta, settings: { ...v.meta.settings, ...r.settings } },
      fullFormat: fullFormats[r.image.hash] ?? 'png',
    })),
  );
  let index = 0;
  return (
    <>
      {variants.map((variant, vi) => (
        <section key={variant.id} className={`${styles.variant} render-when-near`} aria-labelledby={`variant-${variant.id}`}>
          <header className={styles.variantHeader}>
            <h2 id={`variant-${variant.id}`} className={styles.variantTitle}>
              <span className={styles.variantNumber}>{t('comparison.variant', { n: vi + 1 })}</span>
              <q className={styles.prompt}>{variant.prompt}</q>
            </h2>
            <RunMetadata meta={variant.meta} t={t} />
          </header>
          <ol className={styles.runs}>
            {variant.runs.map((run, ri) => {
              const flatIndex = index++;
              const alt = t('comparison.runAlt', { n: ri + 1, prompt: variant.prompt });
              const seed = run.settings.seed ?? variant.meta.settings.seed;
              return (
                <li key={run.id} className={styles.run}>
                  <button
                    type="button"
                    className={styles.runButton}
                    ref={(el) => { openers.current[flatIndex] = el; }}
                    onClick={() => setOpen(flatIndex)}
                    aria-label={t('comparison.openLarge', { n: ri + 1 })}
                    data-testid="run-open"
                  >
                    <RunPicture image={run.image} alt={alt} sizes="(max-width: 600px) 50vw, (max-width: 1200px) 25vw, 280px" priority={flatIndex < 4} />
                  </button>
                  <p className={styles.runLabel}>
                    {t('comparison.run', { n: ri + 1 })}
                    {seed !== undefined && <span className="muted"> · {t('comparison.seed')} {String(seed)}</span>}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {open !== null && (
        <RunViewer
          runs={flat}
          index={open}
          onMove={setOpen}
          onClose={() => {
            // Back to the run the viewer showed last, so the keyboard carries on from there.
            const opener = openers.current[open];
            setOpen(null);
            opener?.focus();
          }}
        />
      )}
    </>
  );
}
