import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentTeacher } from '@/lib/auth/current';
import { getT } from '@/lib/i18n/server';
import { LoginForm } from './login-form';
import styles from './teacher.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('teacher.login.title') };
}

export default async function TeacherLoginPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getCurrentTeacher()) redirect('/teacher/queue');
  const { loggedOut } = await props.searchParams;
  const t = await getT();
  return (
    <div className={`container ${styles.narrow}`}>
      <h1>{t('teacher.login.title')}</h1>
      <p className="muted">{t('teacher.login.intro')}</p>
      {loggedOut && (
        <p className="alert alert--ok" role="status">
          {t('teacher.login.loggedOut')}
        </p>
      )}
      <LoginForm />
    </div>
  );
}
