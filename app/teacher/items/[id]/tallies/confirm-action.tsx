'use client';
import { useT } from '@/lib/i18n/client';
import { useConfirmStep } from '../../../_components/use-confirm-step';
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
  const { confirming, opener, confirm, ask, cancel, done } = useConfirmStep();
  if (!confirming) {
    return (
      <button
        ref={opener}
        type="button"
        className="btn btn--secondary"
        data-testid={props.testid}
        onClick={ask}
      >
        {props.label}
      </button>
    );
  }
  return (
    <form
      action={async (formData) => {
        await props.action(formData);
        done();
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
          onClick={cancel}
        >
          {t('tally.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
