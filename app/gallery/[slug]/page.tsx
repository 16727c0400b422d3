import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { notFound } from 'next/navigation';
import { CaseBadge } from '@/app/_components/case-badge';
import { db } from '@/db';
import { getPublishedComparison } from '@/db/queries/get-comparison';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { PackExportLink } from './pack-export-link';
import { ReportForm } from './report-form';
import { RunGrid } from './run-grid';
import { TallySection } from './tallies/tally-section';
import { toGrid } from './to-grid';
import { VariationSection } from './variation/variation-section';
import styles from './comparison.module.css';

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const { slug } = await props.params;
  const found = getPublishedComparison(db, slug, await getLocale());
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const found = getPublishedComparison(db, slug, await getLocale());
  return found ? { title: found.localized.title, description: found.localized.description.slice(0, 160) } : {};
}

export default async function ComparisonPage(props: Props) {
  const comparison = await load(props);
  const t = await getT();
  const { localized } = comparison;
  return (
    <div className="container">
      <p><Link href="/gallery" className="solo-link">← {t('comparison.back')}</Link></p>
      <div className={styles.head}>
        <div>
          <CaseBadge kind={comparison.caseKind} t={t} />
          <h1 className={styles.title}>{localized.title}</h1>
          {localized.description && <p className={styles.description}>{localized.description}</p>}
          {comparison.submitterName && <p className="muted">{t('comparison.submittedBy', { name: comparison.submitterName })}</p>}
        </div>
        <aside className={styles.notice} aria-labelledby="notice-title">
          <h2 id="notice-title">{t('comparison.whatToNotice')}</h2>
          <p>{t(`caseKindNotice.${comparison.caseKind}`)}</p>
        </aside>
      </div>
      <RunGrid {...toGrid(comparison)} />
      <VariationSection comparison={comparison} />
      <TallySection comparison={comparison} />
      <PackExportLink slug={comparison.slug} />
      <ClientMessages pick={['submit.report']}>
        <ReportForm comparisonId={comparison.id} />
      </ClientMessages>
    </div>
  );
}
