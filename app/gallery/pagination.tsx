import { Link } from '@/app/_components/link';
import type { Translate } from '@/lib/i18n/translate';
import styles from './gallery.module.css';

/** Previous/next with the current page; page links are plain URLs a teacher can share. */
export function Pagination(props: { t: Translate; page: number; pages: number; href: (page: number) => string }) {
  const { t, page, pages, href } = props;
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('gallery.pagination')} className={styles.pagination}>
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn btn--secondary" rel="prev">← {t('gallery.previous')}</Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('gallery.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn btn--secondary" rel="next">{t('gallery.next')} →</Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
