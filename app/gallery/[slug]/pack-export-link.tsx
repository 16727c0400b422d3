import { getT } from '@/lib/i18n/server';

/**
 * Downloads this comparison as a pack (docs/pack-format.md). A plain link: the route answers with
 * Content-Disposition: attachment, so the browser saves the zip and the page stays.
 */
export async function PackExportLink({ slug }: { slug: string }) {
  const t = await getT();
  return (
    <section className="panel" aria-labelledby="pack-export" style={{ margin: '1.5rem 0' }}>
      <h2 id="pack-export" className="visually-hidden">{t('packs.export.link')}</h2>
      <p style={{ margin: '0 0 0.75rem', maxWidth: '70ch' }} className="muted">{t('packs.export.hint')}</p>
      <a className="btn btn--secondary" href={`/api/packs/export?slug=${encodeURIComponent(slug)}`} download data-testid="pack-export">
        {t('packs.export.link')}
      </a>
    </section>
  );
}
