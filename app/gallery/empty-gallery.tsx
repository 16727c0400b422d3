import { Link } from '@/app/_components/link';
import { LogoMark } from '@/app/_components/logo-mark';
import type { Translate } from '@/lib/i18n/translate';

export function EmptyGallery({ t }: { t: Translate }) {
  return (
    <div className="panel" data-testid="empty-gallery" style={{ textAlign: 'center', padding: '2.5rem 1.25rem' }}>
      <LogoMark style={{ width: '3rem', height: '3rem', color: 'var(--c-primary)' }} />
      <h2>{t('gallery.emptyTitle')}</h2>
      <p className="muted">{t('gallery.emptyText')}</p>
      <Link href="/submit" className="btn">{t('gallery.emptyAction')}</Link>
    </div>
  );
}
