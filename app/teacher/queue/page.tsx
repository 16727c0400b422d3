import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { CaseBadge } from '@/app/_components/case-badge';
import { RunPicture } from '@/app/_components/run-picture';
import { db } from '@/db';
import { getComparison } from '@/db/queries/get-comparison';
import { listForModeration, type ModerationItem } from '@/db/queries/moderation-lists';
import { COMPARISON_STATUSES, type ComparisonStatus } from '@/db/schema';
import { requireTeacher } from '@/lib/auth/current';
import { getLocale, getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { ConsoleHeader } from '../_components/console-header';
import { Flash, parseDone } from '../_components/flash';
import { formatDate, parseId } from '../_components/format';
import styles from '../teacher.module.css';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function parseStatus(value: unknown): ComparisonStatus {
  return (COMPARISON_STATUSES as readonly unknown[]).includes(value)
    ? (value as ComparisonStatus)
    : 'pending';
}

export async function generateMetadata(props: { searchParams: SearchParams }): Promise<Metadata> {
  const status = parseStatus((await props.searchParams).status);
  return { title: (await getT())(`teacher.list.title.${status}`) };
}

export default async function ModerationListPage(props: { searchParams: SearchParams }) {
  const teacher = await requireTeacher();
  const params = await props.searchParams;
  const status = parseStatus(params.status);
  const page = Number(params.page) || 1;
  const [t, locale] = [await getT(), await getLocale()];
  const list = listForModeration(db, status, page);
  const doneId = parseId(params.id);
  const doneTitle = doneId ? getComparison(db, { id: doneId }, locale)?.title : undefined;
  const pageHref = (p: number) =>
    `/teacher/queue?${status === 'pending' ? '' : `status=${status}&`}page=${p}`;
  return (
    <div className="container">
      <ConsoleHeader teacher={teacher} current={status} />
      <Flash done={parseDone(params.done)} title={doneTitle} t={t} />
      <h1>{t(`teacher.list.title.${status}`)}</h1>
      <p className="muted">
        {t(`teacher.list.intro.${status}`)}{' '}
        <span data-testid="list-count">{t('teacher.list.count', { count: list.total })}</span>
      </p>
      {list.items.length === 0 ? (
        <p className="panel" data-testid="list-empty">
          {t(`teacher.list.empty.${status}`)}
        </p>
      ) : (
        <ul className={styles.list} data-testid="moderation-list">
          {list.items.map((item) => (
            <ListRow key={item.id} item={item} t={t} locale={locale} />
          ))}
        </ul>
      )}
      {list.pages > 1 && (
        <nav className={styles.pager} aria-label={t('gallery.pagination')}>
          {list.page > 1 && (
            <Link className="btn btn--secondary" href={pageHref(list.page - 1)}>
              {t('gallery.previous')}
            </Link>
          )}
          <span>{t('gallery.pageOf', { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && (
            <Link className="btn btn--secondary" href={pageHref(list.page + 1)}>
              {t('gallery.next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function ListRow({ item, t, locale }: { item: ModerationItem; t: Translate; locale: Locale }) {
  return (
    <li className={`panel ${styles.row}`} data-testid="moderation-item" data-id={item.id}>
      <div className={styles.thumb}>
        {item.thumb ? (
          <RunPicture image={item.thumb} alt="" sizes="96px" />
        ) : (
          <div className={styles.thumbEmpty} />
        )}
      </div>
      <div>
        <CaseBadge kind={item.caseKind} t={t} />
        <h2 className={styles.rowTitle}>{item.title}</h2>
        <p className={styles.meta}>
          {t('teacher.list.submitted', { date: formatDate(item.createdAt, locale) })}{' '}
          {item.submitterName
            ? t('teacher.list.by', { name: item.submitterName })
            : `(${t('teacher.list.anonymous')})`}
          {' · '}
          {t('teacher.list.counts', {
            variants: t('gallery.variants', { count: item.variantCount }),
            runs: t('gallery.runs', { count: item.runCount }),
          })}
        </p>
        {item.openReports > 0 && (
          <p className={`${styles.meta} ${styles.reportFlag}`}>
            {t('teacher.list.openReports', { count: item.openReports })}
          </p>
        )}
      </div>
      <div className={styles.rowAction}>
        <Link
          href={`/teacher/items/${item.id}`}
          className={`btn ${styles.reviewLink}`}
          // The visible word first, so speech users can say what they see (label in name).
          aria-label={`${t('teacher.list.review')}: ${item.title}`}
        >
          {t('teacher.list.review')}
        </Link>
      </div>
    </li>
  );
}
