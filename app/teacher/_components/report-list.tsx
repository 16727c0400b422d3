import { Link } from '@/app/_components/link';
import type { ReportRow } from '@/db/queries/moderation';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { resolveReportAction } from '../moderation-actions';
import { formatDate } from './format';
import styles from '../teacher.module.css';

/**
 * Reports with their reason and item. `from` is the item page showing the list (the resolve button
 * then returns there); without it the list stands on the reports page and links to each item.
 */
export function ReportList({
  reports,
  t,
  locale,
  from,
}: {
  reports: ReportRow[];
  t: Translate;
  locale: Locale;
  from?: number;
}) {
  return (
    <ul className={styles.reports} data-testid="report-list">
      {reports.map((r) => (
        <li key={r.id} className={`panel ${styles.report}`} data-testid="report" data-id={r.id}>
          <div>
            <p className={styles.reason}>
              <span className="visually-hidden">{t('teacher.reports.reason')}: </span>
              {r.reason}
            </p>
            {from === undefined && (
              <p className={styles.meta}>
                {t('teacher.reports.item')}:{' '}
                <Link href={`/teacher/items/${r.comparison.id}`}>{r.comparison.title}</Link>
                {' · '}
                {t('teacher.reports.itemStatus', {
                  status: t(`teacher.item.statusName.${r.comparison.status}`),
                })}
              </p>
            )}
            <p className={styles.meta}>
              {t('teacher.reports.reportedOn', { date: formatDate(r.createdAt, locale) })}
              {r.resolvedAt && (
                <>
                  {' '}
                  · {t('teacher.reports.resolvedOn', { date: formatDate(r.resolvedAt, locale) })}
                </>
              )}
            </p>
          </div>
          {!r.resolvedAt && (
            <form action={resolveReportAction}>
              <input type="hidden" name="reportId" value={r.id} />
              {from !== undefined && <input type="hidden" name="comparisonId" value={from} />}
              <button
                type="submit"
                className="btn btn--secondary"
                data-testid="resolve-report"
                aria-label={`${t('teacher.reports.resolve')}: ${r.comparison.title}`}
              >
                {t('teacher.reports.resolve')}
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
