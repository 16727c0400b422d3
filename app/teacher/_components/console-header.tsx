import { Link } from '@/app/_components/link';
import { db } from '@/db';
import { moderationCounts } from '@/db/queries/moderation-lists';
import type { CurrentTeacher } from '@/lib/auth/sessions';
import { getT } from '@/lib/i18n/server';
import { logout } from '../auth-actions';
import styles from '../teacher.module.css';

export type ConsoleTab = 'pending' | 'published' | 'hidden' | 'rejected' | 'reports' | 'packs' | null;

/** The teacher's tabs (with counts of what needs attention), who is signed in, and logout. */
export async function ConsoleHeader({
  teacher,
  current,
}: {
  teacher: CurrentTeacher;
  current: ConsoleTab;
}) {
  const t = await getT();
  const counts = moderationCounts(db);
  const tabs = [
    {
      key: 'pending',
      href: '/teacher/queue',
      label: t('teacher.nav.queue'),
      badge: counts.pending,
    },
    {
      key: 'published',
      href: '/teacher/queue?status=published',
      label: t('teacher.nav.published'),
    },
    {
      key: 'hidden',
      href: '/teacher/queue?status=hidden',
      label: t('teacher.nav.hidden'),
      badge: counts.hidden,
    },
    { key: 'rejected', href: '/teacher/queue?status=rejected', label: t('teacher.nav.rejected') },
    {
      key: 'reports',
      href: '/teacher/reports',
      label: t('teacher.nav.reports'),
      badge: counts.openReports,
    },
    { key: 'packs', href: '/teacher/packs', label: t('packs.nav') },
  ] as const;
  return (
    <div className={styles.bar}>
      <nav aria-label={t('teacher.nav.label')}>
        <ul className={styles.tabs}>
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link href={tab.href} aria-current={current === tab.key ? 'page' : undefined}>
                {tab.label}
                {'badge' in tab && tab.badge > 0 && (
                  <span className={styles.count}>{tab.badge}</span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.who}>
        <span data-testid="signed-in-as">
          {t('teacher.nav.signedInAs', { name: teacher.name })}
        </span>
        <form action={logout}>
          <button type="submit" className="btn btn--secondary" data-testid="logout">
            {t('teacher.nav.logout')}
          </button>
        </form>
      </div>
    </div>
  );
}
