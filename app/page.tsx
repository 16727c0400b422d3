import { Link } from '@/app/_components/link';
import { ComparisonCard, ComparisonCardGrid } from '@/app/_components/comparison-card';
import { db } from '@/db';
import { listComparisons } from '@/db/queries/list-comparisons';
import { getLocale, getT } from '@/lib/i18n/server';
import { EmptyGallery } from './gallery/empty-gallery';
import styles from './home.module.css';

export default async function HomePage() {
  const [t, locale] = [await getT(), await getLocale()];
  const latest = listComparisons(db, {}, locale).items.slice(0, 6);
  return (
    <div className="container">
      <section className={styles.hero}>
        <h1>{t('home.title')}</h1>
        <p className={styles.lead}>{t('home.intro')}</p>
        <Link href="/gallery" className="btn">{t('home.browse')}</Link>
      </section>
      <ul className={styles.lessons}>
        <li className={styles.lesson} data-kind="variation">
          <h2><Link href="/gallery?kind=variation">{t('home.lessonVariation')}</Link></h2>
          <p>{t('home.lessonVariationText')}</p>
        </li>
        <li className={styles.lesson} data-kind="bias">
          <h2><Link href="/gallery?kind=bias">{t('home.lessonBias')}</Link></h2>
          <p>{t('home.lessonBiasText')}</p>
        </li>
        <li className={styles.lesson} data-kind="gan">
          <h2><Link href="/gan">{t('home.lessonGan')}</Link></h2>
          <p>{t('home.lessonGanText')}</p>
        </li>
      </ul>
      <h2>{t('home.latest')}</h2>
      {latest.length === 0 ? (
        <EmptyGallery t={t} />
      ) : (
        <ComparisonCardGrid>
          {latest.map((card, i) => <ComparisonCard key={card.id} card={card} t={t} priority={i < 2} />)}
        </ComparisonCardGrid>
      )}
    </div>
  );
}
