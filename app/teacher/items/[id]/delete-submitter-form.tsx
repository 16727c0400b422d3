'use client';
import { useActionState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { ActionResult } from '@/lib/validation/action';
import { useConfirmStep } from '../../_components/use-confirm-step';
import { deleteSubmitterAction } from './delete-submitter-action';
import styles from '../../teacher.module.css';

/**
 * "Delete everything from this submitter": asks once more, naming the number of comparisons that
 * will go. The server deletes only if that number still holds, and otherwise says the new one.
 */
export function DeleteSubmitterForm({
  id,
  name,
  count,
}: {
  id: number;
  name: string;
  count: number;
}) {
  const t = useT();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    deleteSubmitterAction,
    null,
  );
  const { confirming, opener, confirm, ask, cancel } = useConfirmStep();
  const changed = state && !state.ok ? Number(state.values?.expected ?? count) : null;
  const expected = changed ?? count;

  if (!confirming) {
    return (
      <div className={styles.buttons}>
        <button
          ref={opener}
          type="button"
          className="btn btn--danger"
          data-testid="delete-submitter"
          onClick={ask}
        >
          {t('privacy.teacher.submitterDelete')}
        </button>
      </div>
    );
  }
  return (
    <form
      action={action}
      className={styles.formStack}
      role="group"
      aria-labelledby="delete-submitter-text"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expected" value={expected} />
      {changed !== null && (
        <p className="alert alert--error" role="alert" data-testid="delete-submitter-changed">
          {t('privacy.teacher.submitterChanged', { count: changed })}
        </p>
      )}
      <p id="delete-submitter-text" className="alert alert--error">
        {t('privacy.teacher.submitterConfirmText', { count: expected, name })}
      </p>
      <div className={styles.buttons}>
        <button
          ref={confirm}
          type="submit"
          className="btn btn--danger"
          disabled={pending || expected === 0}
          data-testid="delete-submitter-confirm"
        >
          {t('privacy.teacher.submitterConfirm', { count: expected })}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={cancel}
        >
          {t('privacy.teacher.submitterCancel')}
        </button>
      </div>
    </form>
  );
}
