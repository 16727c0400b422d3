'use client';
import { useT } from '@/lib/i18n/client';

/** Shown when a page fails to render; the details are in the server log, not on the screen. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <div className="container">
      <div className="panel" role="alert" style={{ textAlign: 'center', padding: '3rem 1.25rem' }}>
        <h1>{t('error.title')}</h1>
        <p className="muted">{t('error.text')}</p>
        <button type="button" className="btn" onClick={reset}>{t('error.retry')}</button>
      </div>
    </div>
  );
}
