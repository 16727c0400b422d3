import { Link } from '@/app/_components/link';
import { getT } from '@/lib/i18n/server';

/** A real 404 in the visitor's language, for unknown pages, slugs and images. */
export default async function NotFound() {
  const t = await getT();
  return (
    <div className="container" data-testid="not-found">
      <div className="panel" style={{ textAlign: 'center', padding: '3rem 1.25rem' }}>
        <p aria-hidden="true" style={{ fontSize: '3rem', margin: 0 }}>404</p>
        <h1>{t('notFound.title')}</h1>
        <p className="muted">{t('notFound.text')}</p>
        <Link href="/gallery" className="btn">{t('notFound.home')}</Link>
      </div>
    </div>
  );
}
