import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { db } from '@/db';
import { listReports } from '@/db/queries/moderation';
import { requireTeacher } from '@/lib/auth/current';
import { getLocale, getT } from '@/lib/i18n/server';
import { ConsoleHeader } from '../_components/console-header';
import { Flash, parseDone } from '../_components/flash';
import { ReportList } from '../_components/report-list';
import styles from '../teacher.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('teacher.reports.title') };
}

export default async function ReportsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const teacher = await requireTeacher();
  const params = await props.searchParams;
  const resolved = params.show === 'resolved';
  const [t, locale] = [await getT(), await getLocale()];
  const reports = listReports(db, { resolved });
  return (
    <div className="container">
      <ConsoleHeader teacher={teacher} current="reports" />
      <Flash done={parseDone(params.done)} t={t} />
      <h1>{t('teacher.reports.title')}</h1>
      <p className="muted">{t('teacher.reports.intro')}</p>
      <nav aria-label={t('teacher.reports.title')} className={styles.subTabs}>
        <ul className={styles.tabs}>
          <li>
            <Link href="/teacher/reports" aria-current={resolved ? undefined : 'page'}>
              {t('teacher.reports.showOpen')}
            </Link>
          </li>
          <li>
            <Link
              href="/teacher/reports?show=resolved"
              aria-current={resolved ? 'page' : undefined}
            >
              {t('teacher.reports.showResolved')}
            </Link>
          </li>
        </ul>
      </nav>
      {reports.length === 0 ? (
        <p className="panel" data-testid="reports-empty">
          {t(resolved ? 'teacher.reports.emptyResolved' : 'teacher.reports.empty')}
        </p>
      ) : (
        <ReportList reports={reports} t={t} locale={locale} />
      )}
    </div>
  );
}
