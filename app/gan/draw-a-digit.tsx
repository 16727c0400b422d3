'use client';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/client';
import { DigitCanvas, pickTiles } from './digit-canvas';
import type { GridState } from './training-store';
import styles from './gan.module.css';

interface Props {
  conditional: boolean;
  digit: number | null;
  onDigit: (digit: number | null) => void;
  grid: GridState | null;
}

/**
 * The demo's "prompt": in conditional mode column d of the grid is the forger's answer to
 * "draw a d", so asking for a digit picks that column out and shows it large.
 */
export function DrawADigit({ conditional, digit, onDigit, grid }: Props) {
  const t = useT();
  const strip = useMemo(() => {
    if (!grid || digit === null) return null;
    const indices = Array.from({ length: grid.rows }, (_, r) => r * grid.cols + digit);
    return pickTiles(grid.pixels, indices);
  }, [grid, digit]);

  if (!conditional) return <p className={styles.hint}>{t('gan.grid.unconditional')}</p>;
  return (
    <div className={styles.prompt}>
      <h3 className={styles.subheading} id="gan-prompt">
        {t('gan.grid.prompt')}
      </h3>
      <p className={styles.hint}>{t('gan.grid.promptHint')}</p>
      <div className={styles.digitPicker} role="group" aria-labelledby="gan-prompt">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          aria-pressed={digit === null}
          onClick={() => onDigit(null)}
        >
          {t('gan.grid.promptNone')}
        </button>
        {Array.from({ length: 10 }, (_, d) => (
          <button
            key={d}
            type="button"
            className="btn btn--secondary btn--small"
            aria-pressed={digit === d}
            aria-label={t('gan.grid.promptDigit', { digit: d })}
            onClick={() => onDigit(d)}
          >
            {d}
          </button>
        ))}
      </div>
      {strip && grid && digit !== null && (
        <figure className={styles.promptResult}>
          <figcaption>{t('gan.grid.promptResult', { digit })}</figcaption>
          <DigitCanvas
            pixels={strip}
            rows={1}
            cols={grid.rows}
            className={styles.stripCanvas}
            label={t('gan.grid.promptResult', { digit })}
            testId="prompt-strip"
          />
        </figure>
      )}
    </div>
  );
}
