'use client';
import { useEffect, useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { useTopic } from './use-training';
import styles from './gan.module.css';

/** Which backend runs, how fast, and where training stands. */
export function StatusPanel() {
  const t = useT();
  const f = useFormat();
  const status = useTopic('status', (s) => s.status);
  const stats = useTopic('stats', (s) => s.stats);
  const download = useTopic('download', (s) => s.download);
  const loading = status.phase === 'loading';
  const slow = useSlow(loading);
  const loadingId = useId();
  // Only a known, non-zero total makes a bar (and `total && …` would render a 0 as text).
  const bar = download?.total ? { loaded: download.loaded, total: download.total } : null;
  const downloading = bar !== null && bar.loaded < bar.total;
  // Still downloading when the wait became long: the network is the cause, for the rest of it too.
  const [networkSlow, setNetworkSlow] = useState(false);
  if (slow && downloading && !networkSlow) setNetworkSlow(true);
  if (!loading && networkSlow) setNetworkSlow(false);
  return (
    <div aria-label={t('gan.status.label')} role="group">
      {loading && (
        <p className={styles.loading} role="status" id={loadingId}>
          <span className={styles.spinner} aria-hidden="true" />{' '}
          {/* Once the forger draws, only the digits are missing: screen readers hear it too. */}
          {t(status.preview ? 'gan.loadingDigits' : 'gan.loading')}
        </p>
      )}
      {loading && bar && <DownloadBar labelledBy={loadingId} {...bar} />}
      {loading && bar && (
        // Screen readers hear the download in quarters, as with the submit form's upload.
        <p className="visually-hidden" role="status" data-testid="download-announce">
          {quarters(bar) > 0 && t('gan.downloadPercent', { percent: quarters(bar) })}
        </p>
      )}
      {loading && status.preview && (
        <p className={styles.hint} data-testid="preview-note">
          {t('gan.previewNote')}
        </p>
      )}
      {loading && slow && (
        <p className={styles.hint}>
          {networkSlow && bar
            ? t('gan.loadingSlowNetwork', { total: f.megabytes(bar.total) })
            : t('gan.loadingSlow')}
        </p>
      )}
      {status.phase === 'ready' && status.measuring && (
        <p
          className={`${styles.loading} ${styles.measuring}`}
          role="status"
          data-testid="measuring"
        >
          <span className={styles.spinner} aria-hidden="true" /> {t('gan.measuring')}
        </p>
      )}
      <dl className={styles.status}>
        <div>
          <dt>{t('gan.status.step')}</dt>
          <dd data-testid="step-count" data-value={stats.step} className={styles.bigNumber}>
            {f.int(stats.step)}
          </dd>
        </div>
        <div>
          <dt>{t('gan.status.state')}</dt>
          <dd data-testid="run-state" data-running={status.running}>
            {t(status.running ? 'gan.status.running' : 'gan.status.paused')}
          </dd>
        </div>
        <div>
          <dt>{t('gan.status.speed')}</dt>
          <dd data-testid="steps-per-second">
            {t('gan.status.stepsPerSecond', { n: f.fixed(stats.stepsPerSecond, 1) })}
          </dd>
        </div>
        <div>
          <dt>{t('gan.status.backend')}</dt>
          <dd data-testid="backend" data-backend={status.backend ?? ''}>
            {status.backend ? t(`gan.status.backends.${status.backend}`) : t('gan.status.pending')}
            {status.backend === 'wasm' && (
              <span className={styles.detail}>
                {t('gan.status.wasmDetail', {
                  simd: t(status.simd ? 'gan.status.yes' : 'gan.status.no'),
                  threads: status.threads,
                })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('gan.status.trainingTime')}</dt>
          <dd>{t('gan.status.seconds', { n: f.int(stats.trainingSeconds) })}</dd>
        </div>
        <div>
          <dt>{t('gan.status.source')}</dt>
          <dd data-testid="model-source">
            {loading ? t('gan.status.pending') : t(`gan.status.sources.${status.source}`)}
            {status.initMs !== null && (
              <span className={styles.detail}>
                {t('gan.status.readyIn', { n: f.fixed(status.initMs / 1000, 1) })}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

const quarters = (p: { loaded: number; total: number }) =>
  Math.min(100, Math.floor((p.loaded / p.total) * 4) * 25);

/**
 * How much of the trained model and the digits has arrived. Not a live region: read out four
 * times a second it would drown the page; the status lines announce the loading and its quarters.
 */
function DownloadBar(props: { loaded: number; total: number; labelledBy: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className={styles.download}>
      <progress
        aria-labelledby={props.labelledBy}
        max={props.total}
        value={Math.min(props.loaded, props.total)}
        data-testid="download-progress"
      />
      <span className={styles.detail} data-testid="download-amount">
        {props.loaded < props.total
          ? t('gan.download', {
              loaded: f.megabytes(props.loaded),
              total: f.megabytes(props.total),
            })
          : t('gan.downloaded', { total: f.megabytes(props.total) })}
      </span>
    </div>
  );
}

/** True once `active` has lasted SLOW_MS: loading that long deserves a word of explanation. */
const SLOW_MS = 15_000;
function useSlow(active: boolean): boolean {
  const [since, setSince] = useState<{ active: boolean; slow: boolean }>({ active, slow: false });
  if (since.active !== active) setSince({ active, slow: false });
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setSince({ active: true, slow: true }), SLOW_MS);
    return () => clearTimeout(timer);
  }, [active]);
  return active && since.slow;
}
