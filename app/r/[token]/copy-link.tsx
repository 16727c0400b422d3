'use client';
import { useState } from 'react';
import { useT } from '@/lib/i18n/client';
import styles from './receipt.module.css';

/** The private link in a read-only field (select it to copy), with a copy button where allowed. */
export function CopyLink({ link }: { link: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.link}>
      <label htmlFor="receipt-link">{t('submit.receipt.linkLabel')}</label>
      <div className={styles.linkRow}>
        <input
          id="receipt-link"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="receipt-link"
        />
        <button
          type="button"
          className="btn btn--secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              (document.getElementById('receipt-link') as HTMLInputElement | null)?.select();
            }
          }}
        >
          {copied ? t('submit.receipt.copied') : t('submit.receipt.copy')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {copied ? t('submit.receipt.copied') : ''}
      </p>
    </div>
  );
}
