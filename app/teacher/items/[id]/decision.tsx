import { Link } from '@/app/_components/link';
import type { ComparisonStatus } from '@/db/schema';
import { getT } from '@/lib/i18n/server';
import { approveAction, hideAction } from '../../moderation-actions';
import { DeleteForm } from './delete-form';
import { RejectForm } from './reject-form';
import styles from '../../teacher.module.css';

/** What a teacher can do with an item, depending on where it stands. */
export async function Decision({
  id,
  status,
  title,
}: {
  id: number;
  status: ComparisonStatus;
  title: string;
}) {
  const t = await getT();
  return (
    <aside className={`panel ${styles.decision}`} aria-labelledby="decision-title">
      <h2 id="decision-title">{t('teacher.item.actions')}</h2>
      {status !== 'published' && (
        <form action={approveAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="from" value={status} />
          <button type="submit" className={`btn ${styles.full}`} data-testid="approve">
            {status === 'pending' ? t('teacher.item.approve') : t('teacher.item.republish')}
          </button>
        </form>
      )}
      {status === 'published' && (
        <form action={hideAction} className={styles.formStack}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className={`btn btn--secondary ${styles.full}`} data-testid="hide">
            {t('teacher.item.hide')}
          </button>
          <p className={styles.hint}>{t('teacher.item.hideHint')}</p>
        </form>
      )}
      {(status === 'pending' || status === 'hidden') && <RejectForm id={id} />}
      <hr className={styles.divider} />
      <Link
        href={`/teacher/items/${id}/edit`}
        className={`btn btn--secondary ${styles.full}`}
        data-testid="edit"
      >
        {t('teacher.item.edit')}
      </Link>
      <DeleteForm id={id} status={status} title={title} />
    </aside>
  );
}
