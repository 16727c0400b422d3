'use client';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useT } from '@/lib/i18n/client';
import { ACCEPTED_IMAGE_TYPES } from '@/lib/images/limits';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';
import { runKey, type RunItem } from './form-state';
import { RunTile } from './run-tile';
import styles from './submit.module.css';

type Props = {
  variantNumber: number;
  inputId: string;
  runs: RunItem[];
  /** Error for the runs as a whole, and per run (by run key), already translated. */
  error: string | null;
  runError: (key: string) => string | null;
  onAdd: (files: File[]) => void;
  onMove: (index: number, to: number) => void;
  onRemove: (index: number) => void;
};

/** Run pictures: picked or dropped, previewed, reordered with buttons, removed before sending. */
export function RunPicker({
  variantNumber,
  inputId,
  runs,
  error,
  runError,
  onAdd,
  onMove,
  onRemove,
}: Props) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  // Files the browser cannot show (not a picture, or a format it lacks) get their name instead.
  const [unshown, setUnshown] = useState<ReadonlySet<string>>(new Set());
  // After a move, focus follows the moved run so keyboard users can keep pressing.
  const focusAfter = useRef<{ runId: string; action: 'earlier' | 'later' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const index = runs.findIndex((r) => r.id === wanted.runId);
    // At either end the button just used is disabled; the other one keeps the focus on this run.
    const atEnd = wanted.action === 'earlier' ? index === 0 : index === runs.length - 1;
    const action = atEnd ? (wanted.action === 'earlier' ? 'later' : 'earlier') : wanted.action;
    buttons.current.get(`${wanted.runId}:${action}`)?.focus();
  }, [runs]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onAdd([...e.dataTransfer.files]);
  };
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <fieldset className={styles.runs}>
      <legend className={styles.runsLegend}>
        {t('submit.runs.legend', { n: variantNumber })}{' '}
        <span className="muted">
          ({t('submit.runs.count', { count: runs.length, max: L.maxRuns })})
        </span>
      </legend>
      <p id={hintId} className="muted">
        {t('submit.runs.hint', { max: L.maxRuns, mb: L.maxFileBytes / 1024 / 1024 })}
      </p>
      <div
        className={styles.dropzone}
        data-dragging={dragging || undefined}
        data-invalid={error ? true : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span aria-hidden="true">{t('submit.runs.drop')}</span>
        <span aria-hidden="true" className="muted">
          {t('submit.runs.or')}
        </span>
        <label htmlFor={inputId} className="btn btn--secondary">
          {t('submit.runs.choose')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          className="visually-hidden"
          aria-label={t('submit.runs.chooseLabel', { n: variantNumber })}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          disabled={runs.length >= L.maxRuns}
          onChange={(e) => {
            onAdd([...(e.target.files ?? [])]);
            e.target.value = ''; // so picking the same file again still fires a change
          }}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error" data-testid={`error-${inputId}`}>
          {error}
        </p>
      )}
      {runs.length > 0 && (
        <ol className={styles.runList}>
          {runs.map((run, i) => (
            <RunTile
              key={run.id}
              run={run}
              index={i}
              count={runs.length}
              problem={runError(runKey(run.id))}
              unshown={unshown.has(run.id)}
              onUnshown={() => setUnshown((s) => new Set(s).add(run.id))}
              buttonRef={ref}
              onMove={(to, action) => {
                focusAfter.current = { runId: run.id, action };
                onMove(i, to);
              }}
              onRemove={() => {
                onRemove(i);
                input.current?.focus();
              }}
            />
          ))}
        </ol>
      )}
    </fieldset>
  );
}
