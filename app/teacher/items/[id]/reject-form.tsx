'use client';
import { useActionState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import type { ActionResult } from '@/lib/validation/action';
import { rejectAction } from '../../moderation-actions';
import { LIMITS } from '../../moderation-limits';
import styles from '../../teacher.module.css';

export function RejectForm({ id }: { id: number }) {
  const t = useT();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    rejectAction,
    null,
  );
  const error = state && !state.ok ? (state.errors.reason ?? state.errors.id) : undefined;
  return (
    <form action={action} className={styles.formStack} noValidate>
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor="reason">{t('teacher.item.rejectReason')}</label>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={LIMITS.reason}
          required
          defaultValue={state && !state.ok ? state.values?.reason : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
        />
        <p id="reason-hint" className={styles.hint}>
          {t('teacher.item.rejectReasonHint')}
        </p>
        {error && (
          <p id="reason-error" className="field-error" role="alert">
            {t(error as MessageKey, { max: LIMITS.reason })}
          </p>
        )}
      </div>
      <button
        type="submit"
        className={`btn btn--secondary ${styles.full}`}
        disabled={pending}
        data-testid="reject"
      >
        {t('teacher.item.reject')}
      </button>
    </form>
  );
}
