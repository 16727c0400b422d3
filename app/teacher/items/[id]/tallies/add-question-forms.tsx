'use client';
import { useActionState, useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { TEMPLATE_OPTION_KEYS } from '@/lib/tally/templates';
import { addCustomAction, addTemplateAction } from './tally-actions';
import styles from './editor.module.css';

// Only the names: db/schema (and drizzle with it) stays out of the browser bundle.
const TEMPLATES = Object.keys(TEMPLATE_OPTION_KEYS) as (keyof typeof TEMPLATE_OPTION_KEYS)[];

/** Add a question: one of the ready-made templates, or the teacher's own with 2–8 options. */
export function AddQuestionForms({ comparisonId }: { comparisonId: number }) {
  const t = useT();
  const id = useId();
  const [tState, tAction, tPending] = useActionState(addTemplateAction, null);
  const [cState, cAction, cPending] = useActionState(addCustomAction, null);
  const cErrors = cState && !cState.ok ? cState.errors : {};
  const cValues = cState && !cState.ok ? cState.values : undefined;
  const tError = tState && !tState.ok ? (tState.errors.template ?? tState.errors.form) : null;
  const message = (key: string | undefined) => (key ? t(key as MessageKey) : null);
  return (
    <div className={styles.add}>
      <h3>{t('tally.editor.add')}</h3>
      <form action={tAction} className={styles.addForm} data-testid="add-template">
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('tally.editor.chooseTemplate')}</label>
          <select id={`${id}-template`} name="template" defaultValue="perceived-gender">
            {TEMPLATES.map((tpl) => (
              <option key={tpl} value={tpl}>
                {t(`tally.editor.templateOption.${tpl}`)}
              </option>
            ))}
          </select>
        </div>
        {tError && <p role="alert" className="field-error">{message(tError)}</p>}
        {tState?.ok && <p role="status" className="alert alert--ok">{t('tally.editor.done.added')}</p>}
        <button type="submit" className="btn" disabled={tPending}>
          {tPending ? t('tally.editor.adding') : t('tally.editor.addTemplate')}
        </button>
      </form>
      <form action={cAction} className={styles.addForm} noValidate data-testid="add-custom">
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('tally.editor.label')}</label>
          <input
            type="text"
            id={`${id}-label`}
            name="label"
            maxLength={200}
            defaultValue={cValues?.label ?? ''}
            aria-invalid={!!cErrors.label}
            aria-describedby={cErrors.label ? `${id}-label-error` : undefined}
          />
          {cErrors.label && <p id={`${id}-label-error`} className="field-error">{message(cErrors.label)}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-options`}>{t('tally.editor.optionsLabel')}</label>
          <textarea
            id={`${id}-options`}
            name="options"
            rows={4}
            defaultValue={cValues?.options ?? ''}
            aria-invalid={!!cErrors.options}
            aria-describedby={cErrors.options ? `${id}-options-error` : undefined}
          />
          {cErrors.options && <p id={`${id}-options-error`} className="field-error">{message(cErrors.options)}</p>}
        </div>
        {cErrors.form && <p role="alert" className="alert alert--error">{message(cErrors.form)}</p>}
        {cState?.ok && <p role="status" className="alert alert--ok">{t('tally.editor.done.added')}</p>}
        <button type="submit" className="btn" disabled={cPending}>
          {cPending ? t('tally.editor.adding') : t('tally.editor.addCustom')}
        </button>
      </form>
    </div>
  );
}
