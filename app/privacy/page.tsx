import type { Metadata } from 'next';
import { MAX_AGE_SECONDS as VOTER_COOKIE_SECONDS } from '@/app/gallery/[slug]/vote/voter';
import { SESSION_TTL_MS } from '@/lib/auth/sessions';
import { getT } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import styles from './privacy.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('privacy.page.title'), description: t('privacy.page.metaDescription') };
}

/** Each row: what is kept and for how long. The numbers come from the code that sets them. */
const ITEMS = [
  'browsing',
  'submissions',
  'votes',
  'reports',
  'teachers',
  'limits',
  'browser',
] as const;

export default async function PrivacyPage() {
  const t = await getT();
  const values = {
    days: Math.round(VOTER_COOKIE_SECONDS / 86_400),
    hours: Math.round(SESSION_TTL_MS / 3_600_000),
  };
  const text = (item: (typeof ITEMS)[number], part: 'What' | 'Kept' | 'HowLong') =>
    t(`privacy.page.${item}${part}` as MessageKey, values);
  return (
    <article className={`container ${styles.page}`} data-testid="privacy-page">
      <h1>{t('privacy.page.title')}</h1>
      <p className={styles.lead}>{t('privacy.page.intro')}</p>
      <section aria-labelledby="origin">
        <h2 id="origin">{t('privacy.page.originTitle')}</h2>
        <p>{t('privacy.page.originText')}</p>
      </section>
      <section aria-labelledby="stored">
        <h2 id="stored">{t('privacy.page.storedTitle')}</h2>
        <ul className={styles.items}>
          {ITEMS.map((item) => (
            <li key={item} className={styles.item} data-testid={`privacy-${item}`}>
              <h3>{text(item, 'What')}</h3>
              <dl>
                <dt>{t('privacy.page.colKept')}</dt>
                <dd>{text(item, 'Kept')}</dd>
                <dt>{t('privacy.page.colHowLong')}</dt>
                <dd>{text(item, 'HowLong')}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="deleting">
        <h2 id="deleting">{t('privacy.page.deleteTitle')}</h2>
        <p>{t('privacy.page.deleteText')}</p>
      </section>
    </article>
  );
}
