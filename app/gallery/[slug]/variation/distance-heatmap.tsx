import type { CSSProperties } from 'react';
import type { RunDetail } from '@/db/queries/get-comparison';
import { imageUrl } from '@/lib/images/urls';
import type { Translate } from '@/lib/i18n/translate';
import type { VariantVariation } from '@/lib/measure/variation-score';
import styles from './variation.module.css';

/** Cells shrink as runs grow, so 4 runs read comfortably and 24 still fit a laptop screen. */
const cellSize = (runs: number) => (runs <= 6 ? '2.6rem' : runs <= 12 ? '2rem' : '1.7rem');
const pct = (d: number) => Math.round(d * 100);

/**
 * Pairwise distances as a real table: run thumbnails label the rows and columns, every cell shows
 * its number (0–100) as text and its colour (heat-colour.ts, as CSS steps), and near-duplicates
 * carry "≈" and an outline. Markup per cell is kept small: 4 × 12 runs are 576 cells, sent twice
 * (HTML and the RSC payload).
 */
export function DistanceHeatmap(props: { n: number; runs: RunDetail[]; variation: VariantVariation; t: Translate }) {
  const { n, runs, variation, t } = props;
  const duplicate = new Set(variation.duplicateRuns);
  // An axis header is the cell and its thumbnail, nothing more: the thumbnail's alt text names the
  // run, and the visible number ("3", or "3≈" for a near-duplicate) is drawn by CSS from data-n.
  // There are 2 × runs of them; with a wrapper and three spans each they were 160 of the example
  // comparison's 675 elements, all parsed and hydrated though far below the fold.
  const axis = (run: RunDetail, i: number, scope: 'col' | 'row') => (
    <th key={run.id} scope={scope} data-n={duplicate.has(i) ? `${i + 1}≈` : i + 1}>
      {/* eslint-disable-next-line @next/next/no-img-element -- the stored square thumbnail */}
      <img className={styles.thumb} src={imageUrl(run.image.hash, 'thumb')} alt={t('measure.heatmap.run', { n: i + 1 })} width={32} height={32} loading="lazy" decoding="async" />
    </th>
  );
  return (
    <figure className={`${styles.figure} ${runs.length > 12 ? styles.wide : ''}`} data-testid="variation-heatmap">
      <h3 id={`heatmap-${n}`}>{t('measure.heatmap.title', { n })}</h3>
      <div className={styles.scroll} role="region" tabIndex={0} aria-label={t('measure.heatmap.scrollLabel', { n })}>
        <table className={styles.heatmap} style={{ '--cell': cellSize(runs.length) } as CSSProperties}>
          <caption className="visually-hidden">{t('measure.heatmap.caption', { n })}</caption>
          <thead>
            <tr>
              <td />
              {runs.map((run, j) => axis(run, j, 'col'))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run, i) => (
              <tr key={run.id}>
                {axis(run, i, 'row')}
                {runs.map((other, j) => {
                  const d = variation.matrix[i]![j];
                  if (i === j) return <td key={other.id} className={styles.self}><span className="visually-hidden">{t('measure.heatmap.self')}</span></td>;
                  if (!d) return <td key={other.id}>?</td>;
                  const heat = Math.round(d.combined * 10);
                  // A plain cell carries no other prop, not even an undefined one: each would be
                  // sent as "$undefined" in the RSC payload, 2,304 times in a 4 × 24-run comparison.
                  if (!d.nearDuplicate) return <td key={other.id} data-heat={heat}>{pct(d.combined)}</td>;
                  // Details only where they matter most (a 24-run matrix would carry 552 of them).
                  const title = t('measure.heatmap.cellTitle', { a: i + 1, b: j + 1, d: pct(d.combined), s: d.structure.toFixed(2), c: d.colour.toFixed(2), h: d.hamming });
                  return (
                    <td key={other.id} data-heat={heat} title={title} className={styles.dup} data-near-duplicate>
                      {pct(d.combined)}
                      <span aria-hidden="true">≈</span>
                      <span className="visually-hidden"> {t('measure.heatmap.nearDuplicate')}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.legend} aria-hidden="true">
        <span>{t('measure.heatmap.legendLow')}</span>
        <span className={styles.ramp} />
        <span>{t('measure.heatmap.legendHigh')}</span>
        {variation.nearDuplicatePairs > 0 && <span className={styles.legendDup}>{t('measure.heatmap.legendDuplicate')}</span>}
      </p>
    </figure>
  );
}
