import { Link } from '@/app/_components/link';
import { setLanguage } from '@/app/actions';
import { DisplaySwitch } from '@/app/_components/display-switch';
import { LogoMark } from '@/app/_components/logo-mark';
import { getDisplay } from '@/lib/display/server';
import { getLocale, getT } from '@/lib/i18n/server';

export async function SiteHeader() {
  const [t, locale, display] = [await getT(), await getLocale(), await getDisplay()];
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-logo">
          <LogoMark className="site-logo__mark" />
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <Link href="/gallery">{t('nav.gallery')}</Link>
          <Link href="/prompts">{t('nav.prompts')}</Link>
          <Link href="/lesson">{t('nav.lesson')}</Link>
          <Link href="/gan">{t('nav.gan')}</Link>
          <Link href="/submit">{t('nav.submit')}</Link>
          <Link href="/teacher">{t('nav.teacher')}</Link>
        </nav>
        <div className="site-switches">
          <DisplaySwitch display={display} />
          <form action={setLanguage} className="lang-switch">
            <input type="hidden" name="locale" value={other} />
            <button
              type="submit"
              lang={other}
              aria-label={t('nav.switchToLabel')}
              data-testid="language-switch"
            >
              {t('nav.switchTo')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
