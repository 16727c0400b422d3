import type { Metadata } from 'next';
import { requireTeacher } from '@/lib/auth/current';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getT } from '@/lib/i18n/server';
import { PACK_LIMITS } from '@/lib/packs/limits';
import { ConsoleHeader } from '../_components/console-header';
import { ImportForm } from './import-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('packs.import.title') };
}

/** Import a pack (docs/pack-format.md); exporting is a link on the gallery and comparison pages. */
export default async function PacksPage() {
  const teacher = await requireTeacher();
  const t = await getT();
  return (
    <div className="container">
      <ConsoleHeader teacher={teacher} current="packs" />
      <h1>{t('packs.import.title')}</h1>
      <p className="muted" style={{ maxWidth: '70ch' }}>{t('packs.import.intro')}</p>
      <ClientMessages pick={['packs']}>
        <ImportForm maxMb={PACK_LIMITS.maxZipBytes / 1024 / 1024} maxImages={PACK_LIMITS.maxImages} />
      </ClientMessages>
    </div>
  );
}
