import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { db } from '@/db';
import { listToolOptions } from '@/db/queries/list-comparisons';
import { CASE_KINDS } from '@/db/schema';
import { getLocale, getT } from '@/lib/i18n/server';
import { prefillFromQuery } from '@/lib/submissions/prefill';
import { SubmitForm } from './submit-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('submit.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubmitPage({ searchParams }: Props) {
  const [t, locale, query] = [await getT(), await getLocale(), await searchParams];
  const options = listToolOptions(db);
  const tools = [...new Set(options.map((o) => o.tool))];
  const models = [...new Set(options.map((o) => o.model).filter(Boolean))];
  return (
    <div className="container">
      <h1>{t('submit.title')}</h1>
      <p className="muted" style={{ maxWidth: '60rem' }}>
        {t('submit.intro')}
      </p>
      <p className="muted" style={{ maxWidth: '60rem' }}>
        {t('privacy.submitNote')} <Link href="/privacy">{t('privacy.submitLink')}</Link>
      </p>
      <SubmitForm
        prefill={prefillFromQuery(query)}
        locale={locale}
        caseKinds={CASE_KINDS}
        tools={tools}
        models={models}
      />
    </div>
  );
}
