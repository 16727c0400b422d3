'use client';
import { useActionState, useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { REPORT_DETAILS_MAX, REPORT_REASONS } from '@/lib/validation/report-reasons';
import { reportComparison } from './report-action';
import styles from './report-form.module.css';

/** "Report this comparison": a reason and optional words, for any viewer of a published comparison. */
export function ReportForm({ comparisonId }: { comparisonId: number }) {
  const t = useT();
  const id = useId();
  const [state, action, pending] = useActionState(reportComparison, null);
  if (state?.ok) {
    const { hidden, repeated } = state.data;
    const key = repeated ? 'repeated' : hidden ? 'doneHidden' : 'done';
    return (
      <p role="status" className={`alert alert--ok ${styles.done}`} data-testid="report-done">
        {t(`submit.report.${key}`)}
      </p>
    );
  }
  const errors = state?.errors ?? {};
  const message = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : null);
  return (
    <details className={styles.report} open={!!state}>
      <summary className={styles.summary}>{t('submit.report.open')}</summary>
      <form action={action} className={styles.form} noValidate>
        <p className="muted">{t('submit.report.intro')}</p>
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('submit.report.reason')}</label>
          <select
            id={`${id}-reason`}
            name="reason"
            required
            defaultValue={state?.values?.reason ?? ''}
            aria-invalid={!!errors.reason}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          >
            <option value="" disabled>
              {t('submit.report.choose')}
            </option>
            {REPORT_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`submit.report.reasons.${r}`)}
              </option>
            ))}
          </select>
          {errors.reason && (
            <p id={`${id}-reason-error`} className="field-error">
              {message('reason')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-details`}>{t('submit.report.details')}</label>
          <textarea
            id={`${id}-details`}
            name="details"
            rows={3}
            maxLength={REPORT_DETAILS_MAX}
            defaultValue={state?.values?.details ?? ''}
            aria-invalid={!!errors.details}
            aria-describedby={errors.details ? `${id}-details-error` : undefined}
          />
          {errors.details && (
            <p id={`${id}-details-error`} className="field-error">
              {message('details')}
            </p>
          )}
        </div>
        {(errors.form || errors.comparisonId) && (
          <p role="alert" className="alert alert--error">
            {message('form') ?? message('comparisonId')}
          </p>
        )}
        <button type="submit" className="btn btn--danger" disabled={pending}>
          {pending ? t('submit.report.sending') : t('submit.report.send')}
        </button>
      </form>
    </details>
  );
}
