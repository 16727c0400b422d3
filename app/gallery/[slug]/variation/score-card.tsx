import type { VariantDetail } from '@/db/queries/get-comparison';
import type { Translate } from '@/lib/i18n/translate';
import type { VariantVariation } from '@/lib/measure/variation-score';
import { heatColour } from './heat-colour';
import styles from './variation.module.css';

/** One variant's score, its band in words, and its near-duplicates; cards sit side by side. */
export function ScoreCard(props: { n: number; variant: VariantDetail; variation: VariantVariation; t: Translate; list: (items: string[]) => string }) {
  const { n, variant, variation: v, t, list } = props;
  const unmeasured = v.measured.filter((m) => !m).length;
  return (
    <li className={styles.card} data-testid="variation-score" data-score={v.score ?? undefined}>
      <p className={styles.variantNumber}>{t('measure.section.variant', { n })}</p>
      <q className={styles.prompt}>{variant.prompt}</q>
      <p className={styles.tool}>{[variant.tool, variant.model].filter(Boolean).join(' · ')}</p>
      {v.score !== null && v.band !== null ? (
        <>
          <p className={styles.score}>
            <span className="visually-hidden">{t('measure.section.scoreLabel')}: </span>
            <span className={styles.scoreNumber}>{v.score}</span>
            <span className="muted">{t('measure.section.outOf')}</span>
            <span className={styles.band} data-testid="variation-band">{t(`measure.bands.${v.band}`)}</span>
          </p>
          <div className={styles.bar} aria-hidden="true">
            <div className={styles.barFill} style={{ width: `${v.score}%`, background: heatColour(v.score / 100).background }} />
          </div>
          {v.nearDuplicatePairs > 0 ? (
            <p className={styles.duplicates} data-testid="variation-duplicates">
              ≈ {t('measure.section.duplicates', { count: v.nearDuplicatePairs, runs: list(v.duplicateRuns.map((i) => String(i + 1))) })}
            </p>
          ) : (
            <p className={`${styles.note} muted`}>{t('measure.section.noDuplicates')}</p>
          )}
          {unmeasured > 0 && <p className={`${styles.note} muted`}>{t('measure.section.unmeasured', { count: unmeasured })}</p>}
        </>
      ) : (
        <p className={`${styles.note} muted`}>{variant.runs.length < 2 ? t('measure.section.notEnough') : t('measure.section.notMeasured')}</p>
      )}
    </li>
  );
}
