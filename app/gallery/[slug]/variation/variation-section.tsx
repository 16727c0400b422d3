import { Link } from '@/app/_components/link';
import { db } from '@/db';
import type { ComparisonDetail } from '@/db/queries/get-comparison';
import { getLocale, getT } from '@/lib/i18n/server';
import { getComparisonVariation } from '@/lib/measure/comparison-variation';
import { DistanceHeatmap } from './distance-heatmap';
import { ScoreCard } from './score-card';
import styles from './variation.module.css';

/**
 * Variation per prompt variant, from features stored at ingest: scores side by side first (so
 * "vague vs precise" or "DALL·E vs SD" compare at a glance), then a heatmap per variant.
 */
export async function VariationSection({ comparison }: { comparison: ComparisonDetail }) {
  if (!comparison.variants.some((v) => v.runs.length >= 2)) return null;
  const [t, locale] = [await getT(), await getLocale()];
  const variation = getComparisonVariation(db, comparison);
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const list = (items: string[]) => listFormat.format(items);
  return (
    <section className={`${styles.section} render-when-near`} aria-labelledby="variation-title" data-testid="variation-section">
      <h2 id="variation-title">{t('measure.section.title')}</h2>
      <p className={styles.intro}>
        {t('measure.section.intro')} <Link href="/measures">{t('measure.section.howLink')}</Link>
      </p>
      <ul className={styles.scores}>
        {comparison.variants.map((variant, i) => (
          <ScoreCard key={variant.id} n={i + 1} variant={variant} variation={variation[i]!} t={t} list={list} />
        ))}
      </ul>
      <div className={styles.heatmaps}>
        {comparison.variants.map((variant, i) =>
          variation[i]!.score === null ? null : (
            <DistanceHeatmap key={variant.id} n={i + 1} runs={variant.runs} variation={variation[i]!} t={t} />
          ),
        )}
      </div>
    </section>
  );
}
