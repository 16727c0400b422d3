'use client';
import { useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';
import { Field } from './field';
import { variantKey, type VariantState, type VariantTextField } from './form-state';
import { RunPicker } from './run-picker';
import styles from './submit.module.css';

type Props = {
  variant: VariantState;
  index: number;
  canRemove: boolean;
  /** Translated error for a key, or null. */
  error: (key: string) => string | null;
  onChange: (field: VariantTextField, value: string) => void;
  onAddFiles: (files: File[]) => void;
  onMoveRun: (from: number, to: number) => void;
  onRemoveRun: (index: number) => void;
  onRemove: () => void;
};

const SETTINGS = [
  { field: 'seed', max: L.seed, inputMode: 'numeric' },
  { field: 'steps', max: 6, inputMode: 'numeric' },
  { field: 'guidance', max: 8, inputMode: 'decimal' },
  { field: 'sampler', max: L.sampler, inputMode: 'text' },
  { field: 'size', max: L.size, inputMode: 'text' },
] as const;

/** One prompt variant: its texts, its optional settings, and its runs. */
export function VariantFields({ variant, index, canRemove, error, onChange, ...props }: Props) {
  const t = useT();
  const n = index + 1;
  const id = (field: string) => `f-${variant.id}-${field.replace('.', '-')}`;
  const err = (field: string) => error(variantKey(variant.id, field));
  const settingsError = SETTINGS.some((s) => err(`settings.${s.field}`));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const text = (field: VariantTextField) => ({
    value: variant[field],
    onChange: (e: { target: { value: string } }) => onChange(field, e.target.value),
  });

  return (
    <fieldset className={`panel ${styles.variant}`} data-testid={`variant-${n}`}>
      <legend className={styles.variantLegend}>{t('submit.variant.legend', { n })}</legend>
      <Field id={id('prompt')} label={t('submit.variant.prompt')} error={err('prompt')}>
        {(a11y) => (
          <textarea {...a11y} {...text('prompt')} rows={3} maxLength={L.prompt} required />
        )}
      </Field>
      <div className={styles.twoColumns}>
        <Field
          id={id('tool')}
          label={t('submit.variant.tool')}
          hint={t('submit.variant.toolHint')}
          error={err('tool')}
        >
          {(a11y) => (
            <input
              type="text"
              {...a11y}
              {...text('tool')}
              list="tool-options"
              maxLength={L.tool}
              required
            />
          )}
        </Field>
        <Field id={id('model')} label={t('submit.variant.model')} error={err('model')}>
          {(a11y) => (
            <input
              type="text"
              {...a11y}
              {...text('model')}
              list="model-options"
              maxLength={L.model}
            />
          )}
        </Field>
      </div>
      <Field
        id={id('revisedPrompt')}
        label={t('submit.variant.revisedPrompt')}
        hint={t('submit.variant.revisedPromptHint')}
        error={err('revisedPrompt')}
      >
        {(a11y) => (
          <textarea {...a11y} {...text('revisedPrompt')} rows={2} maxLength={L.revisedPrompt} />
        )}
      </Field>
      <details
        className={styles.settings}
        open={settingsOpen || settingsError}
        onToggle={(e) => setSettingsOpen(e.currentTarget.open)}
      >
        <summary>{t('submit.variant.settings')}</summary>
        <div className={styles.settingsGrid}>
          {SETTINGS.map(({ field, max, inputMode }) => (
            <Field
              key={field}
              id={id(`settings.${field}`)}
              label={t(`submit.variant.${field}`)}
              hint={field === 'size' ? t('submit.variant.sizeHint') : undefined}
              error={err(`settings.${field}`)}
            >
              {(a11y) => (
                <input
                  type="text"
                  {...a11y}
                  {...text(field)}
                  inputMode={inputMode}
                  maxLength={max}
                />
              )}
            </Field>
          ))}
        </div>
      </details>
      <RunPicker
        variantNumber={n}
        inputId={id('runs')}
        runs={variant.runs}
        error={err('runs')}
        runError={error}
        onAdd={props.onAddFiles}
        onMove={props.onMoveRun}
        onRemove={props.onRemoveRun}
      />
      {canRemove && (
        <button
          type="button"
          className={`btn btn--secondary ${styles.removeVariant}`}
          onClick={props.onRemove}
        >
          {t('submit.variant.remove', { n })}
        </button>
      )}
    </fieldset>
  );
}
