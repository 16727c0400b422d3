'use client';
import { useT } from '@/lib/i18n/client';
import { useConfirmStep } from '../../_components/use-confirm-step';
import { deleteAction } from '../../moderation-actions';
import styles from '../../teacher.module.css';

/** Delete asks once more, in place: nothing is removed by a single stray click. */
export function DeleteForm({ id, status, title }: { id: number; status: string; title: string }) {
  const t = useT();
  const { confirming, opener, confirm, ask, cancel } = useConfirmStep();
  if (!confirming) {
    return (
      <div className={styles.buttons}>
        <button
          ref={opener}
          type="button"
          className="btn btn--danger"
          data-testid="delete"
          onClick={ask}
        >
          {t('teacher.item.delete')}
        </button>
      </div>
    );
  }
  return (
    <form
      action={deleteAction}
      className={styles.formStack}
      role="group"
      aria-labelledby="delete-text"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="from" value={status} />
      <p id="delete-text" className="alert alert--error">
        {t('teacher.item.deleteConfirmText', { title })}
      </p>
      <div className={styles.buttons}>
        <button
          ref={confirm}
          type="submit"
          className="btn btn--danger"
          data-testid="delete-confirm"
        >
          {t('teacher.item.deleteConfirm')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={cancel}
        >
          {t('teacher.item.deleteCancel')}
        </button>
      </div>
    </form>
  );
}
