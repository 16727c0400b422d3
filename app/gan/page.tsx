import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';
import { GanDemo } from './gan-demo';
import styles from './gan.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('gan.meta.title'), description: t('gan.meta.description') };
}

/** The GAN demo: the explanation is server-rendered; the live part is one client component. */
export default async function GanPage() {
  const t = await getT();
  return (
    <div className="container">
      <header className={styles.header}>
        <h1>{t('gan.title')}</h1>
        <p className={styles.lead}>{t('gan.lead')}</p>
      </header>
      <section aria-labelledby="gan-intro" className={styles.intro}>
        <h2 id="gan-intro" className="visually-hidden">
          {t('gan.intro.title')}
        </h2>
        <div className={styles.roles}>
          <p className={styles.role} data-role="g">
            <span aria-hidden="true" className={styles.roleIcon}>
              G
            </span>
            {t('gan.intro.forger')}
          </p>
          <p className={styles.role} data-role="d">
            <span aria-hidden="true" className={styles.roleIcon}>
              D
            </span>
            {t('gan.intro.inspector')}
          </p>
        </div>
        <p>{t('gan.intro.game')}</p>
        <p className={styles.tip}>{t('gan.intro.classroom')}</p>
      </section>
      <GanDemo />
      <p className={styles.credit}>{t('app.mnistCredit')}</p>
    </div>
  );
}
