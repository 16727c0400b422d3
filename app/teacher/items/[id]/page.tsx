import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { notFound } from 'next/navigation';
import { CaseBadge } from '@/app/_components/case-badge';
import { RunGrid } from '@/app/gallery/[slug]/run-grid';
import { toGrid } from '@/app/gallery/[slug]/to-grid';
import { db } from '@/db';
import { getComparison } from '@/db/queries/get-comparison';
import { listReports } from '@/db/queries/moderation';
import { requireTeacher } from '@/lib/auth/current';
import { getLocale, getT } from '@/lib/i18n/server';
import { ConsoleHeader } from '../../_components/console-header';
import { Flash, parseDone } from '../../_components/flash';
import { formatDate, parseId } from '../../_components/format';
import { ReportList } from '../../_components/report-list';
import { Decision } from './decision';
import { SubmitterDeletion } from './submitter-deletion';
import { TallyEditor } from './tallies/tally-editor';
import styles from '../../teacher.module.css';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(props: Props, locale: 'nl' | 'en') {
  const id = parseId((await props.params).id);
  const found = id ? getComparison(db, { id }, locale) : null;
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireTeacher();
  const id = parseId((await props.params).id);
  const found = id ? getComparison(db, { id }, await getLocale()) : null;
  return { title: found?.title ?? (await getT())('teacher.errors.notFound') };
}

export default async function ReviewPage(props: Props) {
  const teacher = await requireTeacher();
  const [t, locale] = [await getT(), await getLocale()];
  const item = await load(props, locale);
  const { done } = await props.searchParams;
  const reports = listReports(db, { comparisonId: item.id });
  const listHref =
    item.status === 'pending' ? '/teacher/queue' : `/teacher/queue?status=${item.status}`;
  return (
    <div className="container">
      <ConsoleHeader teacher={teacher} current={item.status} />
      <Flash done={parseDone(done)} title={item.title} t={t} />
      <p>
        <Link href={listHref} className="solo-link">← {t('teacher.item.backToList')}</Link>
      </p>
      <div className={styles.itemHead}>
        <div>
          <p className={styles.status}>
            {t('teacher.item.status')}:{' '}
            <strong data-testid="item-status">{t(`teacher.item.statusName.${item.status}`)}</strong>
          </p>
          <CaseBadge kind={item.caseKind} t={t} />
          <h1 data-testid="item-title">{item.title}</h1>
          {item.description && <p className={styles.description}>{item.description}</p>}
          <p className={styles.meta}>
            {item.submitterName
              ? t('teacher.item.submittedBy', {
                  name: item.submitterName,
                  date: formatDate(item.createdAt, locale),
                })
              : t('teacher.item.submittedAnonymous', { date: formatDate(item.createdAt, locale) })}
          </p>
          <p className={styles.meta}>
            {t('teacher.item.language', { language: t(`gallery.languageName.${item.locale}`) })}
          </p>
          {item.status === 'published' && item.publishedAt && (
            <p className={styles.meta}>
              {t('teacher.item.publishedOn', { date: formatDate(item.publishedAt, locale) })} ·{' '}
              <Link href={`/gallery/${item.slug}`}>{t('teacher.item.viewPublic')}</Link>
            </p>
          )}
          {item.moderationNote && (
            <div className={styles.note}>
              <strong>{t('teacher.item.note')}</strong>
              <p className={styles.reason} data-testid="moderation-note">
                {item.moderationNote}
              </p>
            </div>
          )}
        </div>
        <Decision id={item.id} status={item.status} title={item.title} />
      </div>
      {item.submitterName && <SubmitterDeletion id={item.id} name={item.submitterName} />}
      {reports.length > 0 && (
        <section aria-labelledby="item-reports">
          <h2 id="item-reports">{t('teacher.item.reports')}</h2>
          <ReportList reports={reports} t={t} locale={locale} from={item.id} />
        </section>
      )}
      <section className={styles.preview} aria-labelledby="preview-title">
        <h2 id="preview-title" className={styles.previewTitle}>
          {t('teacher.item.preview')}
        </h2>
        <RunGrid {...toGrid(item)} />
      </section>
      <TallyEditor comparison={item} />
    </div>
  );
}
