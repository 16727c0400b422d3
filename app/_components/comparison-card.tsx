import { Link } from '@/app/_components/link';
import type { ComparisonCard as Card } from '@/db/queries/list-comparisons';
import type { ReactNode } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import { CaseBadge } from './case-badge';
import { imageUrl } from '@/lib/images/urls';
import styles from './comparison-card.module.css';

/** A gallery card: title, lesson badge, a strip of the first runs, tools and counts. */
export function ComparisonCard({ card, t, priority }: { card: Card; t: Translate; priority?: boolean }) {
  return (
    <article className={`${styles.card} render-when-near`} data-testid="comparison-card">
      <div className={styles.strip} aria-hidden="true">
        {card.thumbs.map((thumb, i) => (
          // A card's thumbnails are at most ~150 CSS px wide: the 256 px variant serves every
          // screen, so no srcset and no placeholder image, just the dominant colour. This keeps
          // a gallery page of 24 cards small (it is sent twice: as HTML and as the RSC payload).
          <picture key={`${thumb.hash}-${i}`} className="run-picture" style={{ backgroundColor: thumb.dominantColor }}>
            <source type="image/avif" srcSet={imageUrl(thumb.hash, { width: thumb.variantWidths[0]!, format: 'avif' })} />
            {/* A plain img, not next/image: the variants are pre-built at ingest */}
            <img
              src={imageUrl(thumb.hash, { width: thumb.variantWidths[0]!, format: 'webp' })}
              width={thumb.width}
              height={thumb.height}
              alt=""
              loading={priority && i < 2 ? 'eager' : 'lazy'}
              decoding="async"
            />
          </picture>
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

/** The grid the cards sit in, on the home page and in the gallery. */
export function ComparisonCardGrid({ children }: { children: ReactNode }) {
  return <div className={styles.grid}>{children}</div>;
}
