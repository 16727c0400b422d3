'use client';
import { useActionState, useId } from 'react';
import type { TallyReference } from '@/db/schema';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { saveReferenceAction } from './tally-actions';
import styles from './editor.module.css';

const percent = (share: number | undefined) => (share === undefined ? '' : String(Math.round(share * 10_000) / 100));

/** Optional expected shares per option (in %) with their source, drawn as markers on the bars. */
export function ReferenceForm(props: {
  comparisonId: number;
  questionId: number;
  options: { key: string; label: string }[];
  reference: TallyReference | null;
}) {
  const t = useT();
  const id = useId();
  const [state, action, pending] = useActionState(saveReferenceAction, null);
  const errors = state && !state.ok ? state.errors : {};
  const values = state && !state.ok ? state.values : undefined;
  const message = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : null);
  return (
    <details className={styles.reference} open={!!state && !state.ok}>
      <summary>{t('tally.editor.reference')}</summary>
      <form action={action} className={styles.referenceForm} noValidate>
        <p className="muted">{t('tally.editor.referenceIntro')}</p>
        <input type="hidden" name="comparisonId" value={props.comparisonId} />
        <input type="hidden" name="questionId" value={props.questionId} />
        <div className={styles.shares}>
          {props.options.map((o) => {
            const name = `share:${o.key}`;
            return (
              <div className="field" key={o.key}>
                <label htmlFor={`${id}-${o.key}`}>{t('tally.editor.referenceShare', { option: o.label })}</label>
                <input
                  type="text"
                  id={`${id}-${o.key}`}
                  name={name}
                  inputMode="decimal"
                  defaultValue={values?.[name] ?? percent(props.reference?.shares[o.key])}
                  aria-invalid={!!errors[name]}
                  aria-describedby={errors[name] ? `${id}-${o.key}-error` : undefined}
                />
                {errors[name] && <p id={`${id}-${o.key}-error`} className="field-error">{message(name)}</p>}
              </div>
            );
          })}
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('tally.editor.referenceSource')}</label>
          <input
            type="text"
            id={`${id}-source`}
            name="source"
            maxLength={200}
            defaultValue={values?.source ?? props.reference?.source ?? ''}
            aria-invalid={!!errors.source}
            aria-describedby={errors.source ? `${id}-source-error` : undefined}
          />
          {errors.source && <p id={`${id}-source-error`} className="field-error">{message('source')}</p>}
        </div>
        {errors.form && <p role="alert" className="alert alert--error">{message('form')}</p>}
        {state?.ok && <p role="status" className="alert alert--ok">{t('tally.editor.done.reference')}</p>}
        <button type="submit" className="btn btn--small" disabled={pending}>
          {pending ? t('tally.editor.saving') : t('tally.editor.saveReference')}
        </button>
      </form>
    </details>
  );
}
