'use client';
import { useT } from '@/lib/i18n/client';
import { useTopic, useTrainingStore } from './use-training';

/** Worker errors arrive as codes; this shows them in the page's language. */
export function ErrorBanner() {
  const t = useT();
  const store = useTrainingStore();
  const error = useTopic('error', (s) => s.error);
  const phase = useTopic('status', (s) => s.status.phase);
  if (!error) return null;
  return (
    <div className="alert alert--error" role="alert" data-testid="gan-error" data-code={error}>
      <p>
        <strong>{t('gan.errors.title')}: </strong>
        {t(`gan.errors.${error}`)}
      </p>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        {phase === 'error' && (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => store.connect('pretrained')}
          >
            {t('gan.errors.retry')}
          </button>
        )}
        {phase === 'error' && error === 'model-load-failed' && (
          <button type="button" className="btn btn--small" onClick={() => store.connect('scratch')}>
            {t('gan.controls.resetScratch')}
          </button>
        )}
        {phase !== 'error' && (
          <button
            type="button"
            className="btn btn--small btn--secondary"
            onClick={() => store.dismissError()}
          >
            {t('gan.errors.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
