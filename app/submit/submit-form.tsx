'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseKind } from '@/db/schema';
import { useT } from '@/lib/i18n/client';
import type { Prefill } from '@/lib/submissions/prefill';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';
import { AboutFields } from './about-fields';
import { ErrorSummary } from './error-summary';
import {
  checkBeforeSending,
  errorsFromIssues,
  initialState,
  toFormData,
  type FormErrors,
} from './form-state';
import { useFormModel } from './use-form-model';
import { uploadSubmission, type UploadProgress } from './upload';
import { VariantFields } from './variant-fields';
import styles from './submit.module.css';

type Props = {
  prefill: Prefill;
  locale: 'nl' | 'en';
  caseKinds: readonly CaseKind[];
  tools: string[];
  models: string[];
};

/** The submit form: everything stays in this component's state (files too) until it is stored. */
export function SubmitForm({ prefill, locale, caseKinds, tools, models }: Props) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>({});
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const model = useFormModel(initialState(prefill, locale), setErrors, setAnnouncement);
  const { state } = model;
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showSummary, setShowSummary] = useState(0);
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [showSummary]);

  const message = (key: string) => {
    const e = errors[key];
    return e ? t(`submit.errors.${e.code}`, e.params) : null;
  };
  const fail = (found: FormErrors) => {
    setErrors(found);
    setProgress(null);
    setShowSummary((n) => n + 1);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (progress) return;
    const found = checkBeforeSending(state);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    setProgress({ phase: 'uploading', percent: 0 });
    try {
      const { status, response } = await uploadSubmission(toFormData(state), setProgress);
      if (response?.ok) return router.push(response.receiptUrl);
      fail(
        response
          ? errorsFromIssues(response.errors, state.variants)
          : {
              form: {
                code: status === 413 ? 'submissionTooLarge' : 'server',
                params: { max: L.maxTotalBytes / 1024 / 1024 },
              },
            },
      );
    } catch {
      fail({ form: { code: 'network' } });
    }
  }

  const busy = progress !== null;
  const percent = progress?.phase === 'uploading' ? progress.percent : null;
  return (
    <form onSubmit={onSubmit} noValidate className={styles.form} aria-busy={busy}>
      <datalist id="tool-options">
        {tools.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <datalist id="model-options">
        {models.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <ErrorSummary ref={summaryRef} errors={errors} state={state} message={message} />
      <fieldset disabled={busy} className={styles.plain}>
        <AboutFields
          state={state}
          caseKinds={caseKinds}
          message={message}
          onChange={model.setField}
        />
        <section className={styles.variants} aria-labelledby="variants-heading">
          <h2 id="variants-heading">{t('submit.variantsLegend')}</h2>
          <p className="muted">{t('submit.variantsHint', { max: L.maxVariants })}</p>
          {state.variants.map((variant, index) => (
            <VariantFields
              key={variant.id}
              variant={variant}
              index={index}
              canRemove={state.variants.length > 1}
              error={message}
              onChange={(field, value) => model.setVariantField(variant.id, field, value)}
              onAddFiles={(files) => model.addFiles(variant.id, files)}
              onMoveRun={(from, to) => model.moveRun(variant.id, from, to)}
              onRemoveRun={(i) => model.removeRun(variant.id, i)}
              onRemove={() => model.removeVariant(variant.id)}
            />
          ))}
          {state.variants.length < L.maxVariants && (
            <button type="button" className="btn btn--secondary" onClick={model.addVariant}>
              + {t('submit.variant.add')}
            </button>
          )}
        </section>
      </fieldset>
      <div className={styles.sendBar}>
        <p className="muted">{t('submit.reviewNote')}</p>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t('submit.sending') : t('submit.send')}
        </button>
        {progress && (
          <div className={styles.progress} data-testid="upload-progress">
            <progress
              max={100}
              value={percent ?? undefined}
              aria-label={t('submit.progressLabel')}
            />
            <span>
              {percent !== null ? t('submit.uploading', { percent }) : t('submit.processing')}
            </span>
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" role="status">
        {progress
          ? percent !== null
            ? t('submit.uploading', { percent: Math.floor(percent / 25) * 25 })
            : t('submit.processing')
          : announcement}
      </p>
    </form>
  );
}
