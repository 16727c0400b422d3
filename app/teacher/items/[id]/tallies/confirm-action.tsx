'use client';
import { useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import styles from './editor.module.css';

/** A destructive action that asks once more, in place, and gives focus back when cancelled. */
export function ConfirmAction(props: {
  action: (formData: FormData) => Promise<void>;
  comparisonId: number;
  questionId: number;
  label: string;
  text: string;
  confirm: string;
  testid: string;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  if (!confirming) {
    return (
      <button
        ref={opener}
        type="button"
        className="btn btn--secondary"
        data-testid={props.testid}
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirm.current?.focus());
        }}
      >
        {props.label}
      </button>
    );
  }
  return (
    <form
      action={async (formData) => {
        await props.action(formData);
        setConfirming(false);
      }}
      className={styles.confirm}
      role="group"
      aria-label={props.label}
    >
      <input type="hidden" name="comparisonId" value={props.comparisonId} />
      <input type="hidden" name="questionId" value={props.questionId} />
      <p className="alert alert--error">{props.text}</p>
      <div className={styles.actions}>
        <button ref={confirm} type="submit" className="btn btn--danger" data-testid={`${props.testid}-confirm`}>
          {props.confirm}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          {t('tally.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
