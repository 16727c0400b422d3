'use client';
import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { failureMessage, type RequestFailure } from './request-book';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

type SavedInfo = { step: number; savedAt: number } | null;
type Notice = { ok: true; text: string } | { ok: false; code: ErrorCode };

/** Save in IndexedDB and restore; download as a file and open one. */
export function ModelStorage() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const generation = useTopic('status', (s) => s.status.generation);
  const [saved, setSaved] = useState<SavedInfo | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!ready) return;
    store
      .request({ type: 'saved-info' }, 'saved-info')
      .then((e) =>
        setSaved(e.exists && e.step !== null ? { step: e.step, savedAt: e.savedAt ?? 0 } : null),
      )
      .catch(() => setSaved(null));
  }, [ready, store, generation]);

  /** Runs one storage action with a busy state; `ok` returns the success message. */
  const run = (action: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    action()
      .then((text) => setNotice({ ok: true, text }))
      .catch((failure: RequestFailure) => {
        const code = failureMessage(failure);
        setNotice(code ? { ok: false, code } : null);
      })
      .finally(() => setBusy(false));
  };

  const save = () =>
    run(async () => {
      const e = await store.request({ type: 'save' }, 'saved');
      setSaved({ step: e.step, savedAt: e.savedAt });
      return t('gan.storage.saved', { step: f.int(e.step) });
    });

  const restore = () =>
    run(async () => {
      try {
        await store.restoreSaved();
        return t('gan.storage.restored', { step: f.int(store.stats.step) });
      } catch (failure) {
        // Without a saved copy the worker has no models: go back to the trained one.
        store.connect('pretrained');
        throw failure;
      }
    });

  const exportFile = () =>
    run(async () => {
      const e = await store.request({ type: 'export' }, 'exported');
      const url = URL.createObjectURL(new Blob([e.file], { type: 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      // Read when the file is in, not subscribed to: this part would redraw at every step.
      a.download = t('gan.storage.fileName', { step: store.stats.step });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return t('gan.storage.exported', { kb: f.kilobytes(e.bytes) });
    });

  const importFile = (file: File) =>
    run(async () => {
      const buffer = await file.arrayBuffer();
      const e = await store.request({ type: 'import', file: buffer }, 'imported');
      return t('gan.storage.imported', { step: f.int(e.step) });
    });

  const disabled = !ready || busy;
  return (
    <div className="stack">
      <p data-testid="saved-info">
        {saved === undefined
          ? t('gan.status.pending')
          : saved
            ? t('gan.storage.savedInfo', { step: f.int(saved.step), date: f.date(saved.savedAt) })
            : t('gan.storage.noSaved')}
      </p>
      <div className={styles.buttonRow}>
        <button type="button" className="btn" disabled={disabled} onClick={save}>
          {t('gan.storage.save')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={disabled || !saved}
          onClick={restore}
        >
          {t('gan.storage.restore')}
        </button>
      </div>
      <div className={styles.buttonRow}>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={disabled}
          onClick={exportFile}
        >
          {t('gan.storage.export')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={disabled}
          onClick={() => fileInput.current?.click()}
        >
          {t('gan.storage.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".gan,application/octet-stream"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importFile(file);
          }}
        />
      </div>
      <div role="status" data-testid="storage-status">
        {busy && <p className="muted">{t('gan.storage.busy')}</p>}
        {notice?.ok && <p className="alert alert--ok">{notice.text}</p>}
        {notice && !notice.ok && (
          <p className="alert alert--error">{t(`gan.errors.${notice.code}`)}</p>
        )}
      </div>
    </div>
  );
}
