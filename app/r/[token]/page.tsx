import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CaseBadge } from '@/app/_components/case-badge';
import { RunGrid } from '@/app/gallery/[slug]/run-grid';
import comparisonStyles from '@/app/gallery/[slug]/comparison.module.css';
import { db } from '@/db';
import { getSubmissionByReceipt } from '@/db/queries/submissions';
import { getLocale, getT } from '@/lib/i18n/server';
import { hashReceiptToken, isReceiptToken } from '@/lib/submissions/receipt-token';
import { CopyLink } from './copy-link';
import { toGrid } from '@/app/gallery/[slug]/to-grid';
import styles from './receipt.module.css';

type Props = { params: Promise<{ token: string }> };

// A private page: never indexed, never followed, and the token never leaves this origin
// (Referrer-Policy: same-origin is set for every page in next.config.ts).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: t('submit.receipt.metaTitle'),
    robots: { index: false, follow: false, nocache: true },
  };
}

/** The submitter's receipt: the submission as it will look, and where moderation stands. */
export default async function ReceiptPage({ params }: Props) {
  const { token } = await params;
  if (!isReceiptToken(token)) notFound();
  const [t, locale] = [await getT(), await getLocale()];
  const submission = getSubmissionByReceipt(db, hashReceiptToken(token), locale);
  if (!submission) notFound();
  const link = `${await origin()}/r/${token}`;
  const { status, localized } = submission;

  return (
    <div className="container">
      <h1>{t('submit.receipt.title')}</h1>
      <section
        className={`panel ${styles.status}`}
        data-status={status}
        data-testid="receipt-status"
        aria-labelledby="receipt-status"
      >
        <h2 id="receipt-status" className={styles.statusTitle}>
          <span className={styles.dot} aria-hidden="true" />
          {t(`submit.receipt.status.${status}`)}
        </h2>
        <p>{t(`submit.receipt.statusText.${status}`)}</p>
        {submission.moderationNote && (
          <div className={styles.note}>
            <h3>{t('submit.receipt.teacherNote')}</h3>
            <p>{submission.moderationNote}</p>
          </div>
        )}
        {status === 'published' && (
          <p>
            <Link href={`/gallery/${submission.slug}`} className="btn">
              {t('submit.receipt.viewInGallery')}
            </Link>
          </p>
        )}
        <p className={styles.keep}>{t('submit.receipt.keepLink')}</p>
        <CopyLink link={link} />
      </section>

      <h2 className={styles.previewTitle}>{t('submit.receipt.preview')}</h2>
      <div className={styles.preview}>
        <div className={comparisonStyles.head}>
          <div>
            <CaseBadge kind={submission.caseKind} t={t} />
            <p className={`${comparisonStyles.title} ${styles.title}`}>{localized.title}</p>
            {localized.description && (
              <p className={comparisonStyles.description}>{localized.description}</p>
            )}
            {submission.submitterName && (
              <p className="muted">
                {t('comparison.submittedBy', { name: submission.submitterName })}
              </p>
            )}
          </div>
        </div>
        <RunGrid {...toGrid(submission)} />
      </div>
      <p>
        <Link href="/submit" className="solo-link">{t('submit.receipt.another')}</Link>
      </p>
    </div>
  );
}

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}
