'use client';
import { useEffect, useState } from 'react';
import type { ErrorCode } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { LineChart } from './line-chart';
import { failureMessage, type RequestFailure } from './request-book';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

/** The outside judge: the shipped digit classifier's view of 256 fresh samples. */
export function QualityMeter() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  const quality = useTopic('quality', (s) => s.quality);
  const history = useTopic('quality', (s) => s.qualityHistory);
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const generation = useTopic('status', (s) => s.status.generation);

  // A first reading as soon as models are loaded, so the meter is never empty for long.
  useEffect(() => {
    if (ready) store.request({ type: 'quality' }, 'quality').catch(() => undefined);
  }, [ready, generation, store]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  const measure = () => {
    setBusy(true);
    // The answer also lands in the store's 'quality' topic, which is what we show.
    store
      .request({ type: 'quality' }, 'quality')
      .then(() => setError(null))
      .catch((failure: RequestFailure) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  };

  const histogram = quality?.histogram ?? [];
  const top = Math.max(1, ...histogram);
  return (
    <div className="stack">
      <button
        type="button"
        className="btn btn--secondary"
        disabled={!ready || busy}
        onClick={measure}
      >
        {t('gan.quality.measure')}
      </button>
      {error && <p className="field-error">{t(`gan.errors.${error}`)}</p>}
      {!quality ? (
        <p className="muted">{t('gan.quality.empty')}</p>
      ) : (
        <div className={styles.quality} data-testid="quality" data-step={quality.step}>
          <dl className={styles.qualityFigures}>
            <div>
              <dt>{t('gan.quality.confident')}</dt>
              <dd>
                <span className={styles.bigNumber}>{f.percent(quality.confidentShare)}%</span>
                <span className={styles.meter} aria-hidden="true">
                  <span style={{ width: `${Math.round(quality.confidentShare * 100)}%` }} />
                </span>
                <span className={styles.detail}>
                  {t('gan.quality.confidentValue', {
                    share: f.percent(quality.confidentShare),
                    samples: quality.samples,
                  })}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('gan.quality.present')}</dt>
              <dd className={styles.bigNumber}>
                {t('gan.quality.presentValue', { n: quality.digitsPresent })}
              </dd>
            </div>
            <div>
              <dt>{t('gan.quality.inception')}</dt>
              <dd>
                <span className={styles.bigNumber}>{f.fixed(quality.inceptionScore, 1)}</span>
                <span className={styles.detail}>{t('gan.quality.inceptionValue')}</span>
              </dd>
            </div>
          </dl>
          <figure className={styles.histogram}>
            <figcaption className={styles.chartTitle}>{t('gan.quality.histogram')}</figcaption>
            <ol className={styles.bars}>
              {histogram.map((count, digit) => (
                <li key={digit}>
                  <span className="visually-hidden">
                    {t('gan.quality.histogramLabel', { digit, count })}
                  </span>
                  <span className={styles.barTrack} aria-hidden="true">
                    <span className={styles.bar} style={{ height: `${(count / top) * 100}%` }} />
                    <span className={styles.barValue} style={{ bottom: `${(count / top) * 100}%` }}>
                      {count}
                    </span>
                  </span>
                  <span className={styles.barLabel} aria-hidden="true">
                    {digit}
                  </span>
                </li>
              ))}
            </ol>
          </figure>
          <p className={styles.hint}>{t('gan.quality.histogramHint')}</p>
          {history.length > 1 && (
            <div className={styles.narrowChart}>
              <LineChart
                title={t('gan.quality.overTime')}
                steps={history.map((h) => h.step)}
                yMax={1}
                axisLabel={t('gan.charts.axisStep')}
                formatStep={f.int}
                format={(n) => `${f.percent(n)}%`}
                testId="quality-chart"
                series={[
                  {
                    label: t('gan.quality.confident'),
                    color: 'var(--gan-d)',
                    values: history.map((h) => h.share),
                  },
                ]}
              />
            </div>
          )}
          <p className={styles.hint}>{t('gan.quality.atStep', { step: f.int(quality.step) })}</p>
        </div>
      )}
    </div>
  );
}
