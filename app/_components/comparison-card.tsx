import Link from 'next/link';
import type { ComparisonCard as Card } from '@/db/queries/list-comparisons';
import type { Translate } from '@/lib/i18n/translate';
import { CaseBadge } from './case-badge';
import { RunPicture } from './run-picture';
import styles from './comparison-card.module.css';

/** A gallery card: title, lesson badge, a strip of the first runs, tools and counts. */
export function ComparisonCard({ card, t, priority }: { card: Card; t: Translate; priority?: boolean }) {
  return (
    <article className={styles.card} data-testid="comparison-card">
      <div className={styles.strip} aria-hidden="true">
        {card.thumbs.map((thumb, i) => (
          <RunPicture key={`${thumb.hash}-${i}`} image={thumb} alt="" sizes="(max-width: 600px) 25vw, 96px" priority={priority && i < 2} />
        ))}
      </div>
      <div className={styles.body}>
        <CaseBadge kind={card.caseKind} t={t} />
        <h3 className={styles.title}>
          <Link href={`/gallery/${card.slug}`} className={styles.link}>
            {card.title}
          </Link>
        </h3>
        <p className={styles.prompt} lang={card.locale === 'nl' ? 'nl' : undefined}>
          “{card.prompt}”
        </p>
        <p className={styles.meta}>
          {card.tools.join(', ')} · {t('gallery.variants', { count: card.variantCount })} ·{' '}
          {t('gallery.runs', { count: card.runCount })}
        </p>
      </div>
    </article>
  );
}
