'use client';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '@/lib/i18n/client';
import type { ImportStatus } from '@/lib/packs/import-events';
import { ImportOutcome, ImportProgressBar } from './import-outcome';
import { usePackUpload } from './use-pack-upload';
import styles from './packs.module.css';

/** Choose a zip and what happens to its comparisons; then progress, then the report. */
export function ImportForm({ maxMb, maxImages }: { maxMb: number; maxImages: number }) {
  const t = useT();
  const { state, start, reset } = usePackUpload();
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const working = state.kind === 'uploading' || state.kind === 'processing';

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('pack');
    if (!(file instanceof File) || file.size === 0) return setMissing(true);
    setMissing(false);
    start(file, data.get('status') === 'published' ? 'published' : ('pending' satisfies ImportStatus));
  }

  if (state.kind === 'done' || state.kind === 'refused' || state.kind === 'network') {
    return (
      <ImportOutcome
        state={state}
        onAgain={() => {
          formRef.current?.reset();
          reset();
        }}
      />
    );
  }
  return (
    <form ref={formRef} className={`panel ${styles.form}`} onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="pack">{t('packs.import.file')}</label>
        <input
          id="pack"
          name="pack"
          type="file"
          accept=".zip,application/zip"
          aria-describedby="pack-hint"
          aria-invalid={missing || undefined}
          disabled={working}
        />
        <span id="pack-hint" className="muted">{t('packs.import.fileHint', { max: maxMb, images: maxImages })}</span>
        {missing && <span className="field-error" role="alert">{t('packs.import.chooseFile')}</span>}
      </div>
      <fieldset className={styles.choice} disabled={working}>
        <legend>{t('packs.import.statusLegend')}</legend>
        <label>
          <input type="radio" name="status" value="pending" defaultChecked /> {t('packs.import.pending')}
        </label>
        <label>
          <input type="radio" name="status" value="published" /> {t('packs.import.published')}
        </label>
      </fieldset>
      <div>
        <button type="submit" className="btn" disabled={working} data-testid="pack-import-submit">
          {t('packs.import.submit')}
        </button>
      </div>
      {working && <ImportProgressBar state={state} />}
    </form>
  );
}
