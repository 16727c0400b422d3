'use client';
import { useFormStatus } from 'react-dom';
import { useT } from '@/lib/i18n/client';
import styles from './vote.module.css';

/** The answers as big buttons (the submitter's value is the answer); quiet while one is saving. */
export function OptionButtons(props: { options: { key: string; label: string }[]; chosen?: string }) {
  const t = useT();
  const { pending } = useFormStatus();
  return (
    <>
      <div className={styles.options}>
        {props.options.map((o) => (
          <button
            key={o.key}
            type="submit"
            name="option"
            value={o.key}
            className={styles.option}
            aria-pressed={props.chosen === o.key}
            disabled={pending}
          >
            {o.label}
          </button>
        ))}
      </div>
      <p role="status" className={styles.saving}>
        {pending ? t('tally.vote.saving') : ''}
      </p>
    </>
  );
}
