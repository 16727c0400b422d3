import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db';
import { getComparison } from '@/db/queries/get-comparison';
import { CASE_KINDS } from '@/db/schema';
import { requireTeacher } from '@/lib/auth/current';
import { getLocale, getT } from '@/lib/i18n/server';
import { ConsoleHeader } from '../../../_components/console-header';
import { parseId } from '../../../_components/format';
import { EditForm } from './edit-form';
import styles from '../../../teacher.module.css';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireTeacher();
  const id = parseId((await props.params).id);
  const found = id ? getComparison(db, { id }, await getLocale()) : null;
  const t = await getT();
  return {
    title: found ? t('teacher.edit.title', { title: found.title }) : t('teacher.errors.notFound'),
  };
}

export default async function EditPage(props: Props) {
  const teacher = await requireTeacher();
  const id = parseId((await props.params).id);
  const [t, locale] = [await getT(), await getLocale()];
  const item = id ? getComparison(db, { id }, locale) : null;
  if (!item) notFound();
  return (
    <div className="container">
      <ConsoleHeader teacher={teacher} current={item.status} />
      <div className={styles.narrow}>
        <h1>{t('teacher.edit.title', { title: item.title })}</h1>
        <p className="muted">{t('teacher.edit.intro')}</p>
        <EditForm
          item={{
            id: item.id,
            title: item.title,
            description: item.description,
            caseKind: item.caseKind,
          }}
          caseKinds={CASE_KINDS}
        />
      </div>
    </div>
  );
}
