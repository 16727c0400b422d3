import { db } from '@/db';
import { countSubmitterComparisons } from '@/db/queries/delete-comparisons';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getT } from '@/lib/i18n/server';
import { DeleteSubmitterForm } from './delete-submitter-form';
import styles from '../../teacher.module.css';

/** For a named submitter: how much they sent in, and a way to delete all of it (privacy page). */
export async function SubmitterDeletion({ id, name }: { id: number; name: string }) {
  const t = await getT();
  const count = countSubmitterComparisons(db, name);
  return (
    <section
      className={`panel ${styles.decision}`}
      aria-labelledby="submitter-title"
      data-testid="submitter-deletion"
    >
      <h2 id="submitter-title">{t('privacy.teacher.submitterTitle', { name })}</h2>
      <p data-testid="submitter-count">{t('privacy.teacher.submitterCount', { count, name })}</p>
      <p className={styles.hint}>{t('privacy.teacher.submitterHint')}</p>
      <ClientMessages pick={['privacy.teacher']}>
        <DeleteSubmitterForm id={id} name={name} count={count} />
      </ClientMessages>
    </section>
  );
}
