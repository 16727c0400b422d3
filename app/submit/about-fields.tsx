'use client';
import type { CaseKind } from '@/db/schema';
import { useT } from '@/lib/i18n/client';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';
import { Field } from './field';
import type { FormState, TextField } from './form-state';
import styles from './submit.module.css';

type Props = {
  state: FormState;
  caseKinds: readonly CaseKind[];
  message: (key: string) => string | null;
  onChange: <K extends TextField>(field: K, value: FormState[K]) => void;
};

/** Title, lesson, description, language and name: what the comparison is about. */
export function AboutFields({ state, caseKinds, message, onChange }: Props) {
  const t = useT();
  return (
    <section className={`panel ${styles.about}`} aria-labelledby="about-heading">
      <h2 id="about-heading">{t('submit.aboutLegend')}</h2>
      <Field
        id="f-title"
        label={t('submit.fields.title')}
        hint={t('submit.fields.titleHint', { max: L.title })}
        error={message('title')}
      >
        {(a11y) => (
          <input
            type="text"
            {...a11y}
            value={state.title}
            maxLength={L.title}
            required
            onChange={(e) => onChange('title', e.target.value)}
          />
        )}
      </Field>
      <Field id="f-caseKind" label={t('submit.fields.caseKind')} error={message('caseKind')}>
        {(a11y) => (
          <select
            {...a11y}
            value={state.caseKind}
            required
            onChange={(e) => onChange('caseKind', e.target.value as CaseKind)}
          >
            <option value="" disabled>
              {t('submit.fields.caseKindChoose')}
            </option>
            {caseKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`caseKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="f-description"
        label={t('submit.fields.description')}
        hint={t('submit.fields.descriptionHint', { max: L.description })}
        error={message('description')}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            value={state.description}
            rows={4}
            maxLength={L.description}
            onChange={(e) => onChange('description', e.target.value)}
          />
        )}
      </Field>
      <fieldset
        className={styles.radios}
        aria-describedby={message('locale') ? 'f-locale-error' : undefined}
      >
        <legend>{t('submit.fields.locale')}</legend>
        {(['nl', 'en'] as const).map((l) => (
          <label key={l} className={styles.radio}>
            <input
              type="radio"
              name="locale"
              value={l}
              checked={state.locale === l}
              onChange={() => onChange('locale', l)}
            />
            <span lang={l}>{t(`submit.fields.languageName.${l}`)}</span>
          </label>
        ))}
        {message('locale') && (
          <p id="f-locale-error" className="field-error">
            {message('locale')}
          </p>
        )}
      </fieldset>
      <Field
        id="f-submitterName"
        label={t('submit.fields.submitterName')}
        hint={t('submit.fields.submitterNameHint')}
        error={message('submitterName')}
      >
        {(a11y) => (
          <input
            type="text"
            {...a11y}
            value={state.submitterName}
            maxLength={L.submitterName}
            autoComplete="name"
            onChange={(e) => onChange('submitterName', e.target.value)}
          />
        )}
      </Field>
    </section>
  );
}
