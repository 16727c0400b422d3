'use client';
import { useT } from '@/lib/i18n/client';
import type { RunItem } from './form-state';
import styles from './submit.module.css';

type Props = {
  run: RunItem;
  index: number;
  count: number;
  /** This run's error, already translated. */
  problem: string | null;
  /** The browser could not show the file; its name stands in for the preview. */
  unshown: boolean;
  onUnshown: () => void;
  buttonRef: (key: string) => (el: HTMLButtonElement | null) => void;
  onMove: (to: number, action: 'earlier' | 'later') => void;
  onRemove: () => void;
};

/** One run before sending: its preview, its position, buttons to move or remove it, its error. */
export function RunTile({
  run,
  index,
  count,
  problem,
  unshown,
  onUnshown,
  buttonRef,
  onMove,
  onRemove,
}: Props) {
  const t = useT();
  const n = index + 1;
  return (
    <li
      id={`f-${run.id}`}
      tabIndex={-1}
      className={styles.run}
      data-invalid={problem ? true : undefined}
      data-testid="run-item"
    >
      {unshown ? (
        <div
          className={styles.noPreview}
          role="img"
          aria-label={t('submit.runs.alt', { n, name: run.file.name })}
        >
          <span aria-hidden="true">{run.file.name}</span>
        </div>
      ) : (
        // A blob: URL of the visitor's own file; next/image cannot optimize that.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={run.url}
          alt={t('submit.runs.alt', { n, name: run.file.name })}
          className={styles.preview}
          onError={onUnshown}
        />
      )}
      <span className={styles.runLabel}>{t('submit.runs.run', { n })}</span>
      <div className={styles.runButtons}>
        <button
          type="button"
          ref={buttonRef(`${run.id}:earlier`)}
          className={styles.iconButton}
          disabled={index === 0}
          aria-label={t('submit.runs.moveEarlier', { n })}
          onClick={() => onMove(index - 1, 'earlier')}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          ref={buttonRef(`${run.id}:later`)}
          className={styles.iconButton}
          disabled={index === count - 1}
          aria-label={t('submit.runs.moveLater', { n })}
          onClick={() => onMove(index + 1, 'later')}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className={styles.iconButton}
          aria-label={t('submit.runs.remove', { n })}
          aria-describedby={problem ? `${run.id}-error` : undefined}
          onClick={onRemove}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {problem && (
        <p
          id={`${run.id}-error`}
          className={`field-error ${styles.runError}`}
          data-testid={`error-run-${n}`}
        >
          {problem}
        </p>
      )}
    </li>
  );
}
