'use client';
import { Link } from '@/app/_components/link';
import { useActionState } from 'react';
import type { CaseKind } from '@/db/schema';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import type { ActionResult } from '@/lib/validation/action';
import { LIMITS } from '../../../moderation-limits';
import { editAction } from '../../../moderation-actions';
import styles from '../../../teacher.module.css';

type Item = { id: number; title: string; description: string; caseKind: CaseKind };

export function EditForm({ item, caseKinds }: { item: Item; caseKinds: readonly CaseKind[] }) {
  const t = useT();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(editAction, null);
  const errors = state && !state.ok ? state.errors : {};
  const values = (state && !state.ok && state.values) || {};
  const error = (field: keyof typeof LIMITS | 'caseKind') =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(errors[field] as MessageKey, {
          max: field in LIMITS ? LIMITS[field as keyof typeof LIMITS] : '',
        })}
      </p>
    ) : null;
  const described = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
  return (
    <form action={action} className={`panel ${styles.form}`} noValidate>
      <input type="hidden" name="id" value={item.id} />
      {errors.id && (
        <p className="alert alert--error" role="alert">
          {t('teacher.errors.notFound')}
        </p>
      )}
      <div className="field">
        <label htmlFor="title">{t('teacher.edit.fieldTitle')}</label>
        <input
          id="title"
          name="title"
          type="text"
          required
          maxLength={LIMITS.title}
          defaultValue={values.title ?? item.title}
          {...described('title')}
        />
        {error('title')}
      </div>
      <div className="field">
        <label htmlFor="description">{t('teacher.edit.fieldDescription')}</label>
        <textarea
          id="description"
          name="description"
          rows={5}
          maxLength={LIMITS.description}
          defaultValue={values.description ?? item.description}
          {...described('description')}
        />
        {error('description')}
      </div>
      <div className="field">
        <label htmlFor="caseKind">{t('teacher.edit.fieldCaseKind')}</label>
        <select
          id="caseKind"
          name="caseKind"
          defaultValue={values.caseKind ?? item.caseKind}
          {...described('caseKind')}
        >
          {caseKinds.map((k) => (
            <option key={k} value={k}>
              {t(`caseKind.${k}`)}
            </option>
          ))}
        </select>
        {error('caseKind')}
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="btn" disabled={pending} data-testid="save">
          {pending ? t('teacher.edit.saving') : t('teacher.edit.save')}
        </button>
        <Link href={`/teacher/items/${item.id}`} className="btn btn--secondary">
          {t('teacher.edit.cancel')}
        </Link>
      </div>
    </form>
  );
}
