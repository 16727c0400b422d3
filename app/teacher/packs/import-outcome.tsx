'use client';
import { Link } from '@/app/_components/link';
import { useT } from '@/lib/i18n/client';
import { itemSummary } from '@/lib/packs/item-summary';
import { refusalMessage } from '@/lib/packs/refusal-message';
import type { UploadState } from './use-pack-upload';
import styles from './packs.module.css';

type Working = Extract<UploadState, { kind: 'uploading' | 'processing' }>;
type Outcome = Extract<UploadState, { kind: 'done' | 'refused' | 'network' }>;

/** Upload progress, then processing progress (images checked of all images). */
export function ImportProgressBar({ state }: { state: Working }) {
  const t = useT();
  let value: number | undefined;
  let text: string;
  if (state.kind === 'uploading') {
    value = state.percent ?? undefined;
    text = t('packs.import.uploading', { percent: state.percent ?? 0 });
  } else if (state.phase === 'images' && state.total > 0) {
    value = Math.round((state.done / state.total) * 100);
    text = t('packs.import.images', { done: state.done, total: state.total });
  } else {
    text = t(state.phase === 'saving' ? 'packs.import.saving' : 'packs.import.checking');
  }
  return (
    <div className={styles.progress} data-testid="pack-progress">
      <progress max={100} value={value} aria-label={t('packs.import.progressLabel')} />
      <span role="status" aria-live="polite">{text}</span>
    </div>
  );
}

export function ImportOutcome({ state, onAgain }: { state: Outcome; onAgain: () => void }) {
  const t = useT();
  const again = (
    <button type="button" className="btn btn--secondary" onClick={onAgain}>
      {t('packs.import.another')}
    </button>
  );
  if (state.kind === 'done') {
    const { report } = state;
    return (
      <div className={`alert alert--ok ${styles.outcome}`} data-testid="pack-report" role="status">
        <h2>{t('packs.import.doneTitle', { count: report.comparisons.length })}</h2>
        <p>{t(`packs.import.doneStatus.${report.status}`)} {t('packs.import.imageSummary', report.images)}</p>
        <ul className={styles.items}>
          {report.comparisons.map((c) => (
            <li key={c.id} data-testid="pack-imported" data-slug={c.slug} data-id={c.id}>
              <Link href={report.status === 'published' ? `/gallery/${c.slug}` : `/teacher/items/${c.id}`}>{c.title}</Link>{' '}
              <span className={styles.meta}>{itemSummary(t, c)}</span>
              {c.slug !== c.packSlug && <span className={styles.meta}>{t('packs.import.renamed', { packSlug: c.packSlug, slug: c.slug })}</span>}
            </li>
          ))}
        </ul>
        {again}
      </div>
    );
  }
  return (
    <div className={`alert alert--error ${styles.outcome}`} data-testid="pack-refused" role="alert">
      <h2>{t('packs.import.refusedTitle')}</h2>
      {state.kind === 'network' ? (
        <p>{t('packs.import.network')}</p>
      ) : (
        <>
          <p>{t('packs.import.refusedIntro')}</p>
          <ul className={styles.items}>
            {state.refusals.map((r, i) => (
              <li key={i} data-code={r.code}>{refusalMessage(t, r)}</li>
            ))}
          </ul>
        </>
      )}
      {again}
    </div>
  );
}
