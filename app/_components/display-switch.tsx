import { setDisplay } from '@/app/actions';
import { PROJECTOR, type Display } from '@/lib/display/config';
import { getT } from '@/lib/i18n/server';

/**
 * The projector-mode toggle: a form, so it works before (or without) JavaScript, and a toggle
 * button (aria-pressed) so a screen reader announces whether the mode is on.
 */
export async function DisplaySwitch({ display }: { display: Display }) {
  const t = await getT();
  const on = display === PROJECTOR;
  return (
    <form action={setDisplay} className="display-switch">
      <input type="hidden" name="display" value={on ? 'normal' : PROJECTOR} />
      <button type="submit" aria-pressed={on} data-testid="display-switch" title={t('nav.projectorHint')}>
        <svg className="display-switch__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 1.75a6.25 6.25 0 0 0 0 12.5z" fill="currentColor" />
        </svg>
        {t('nav.projector')}
      </button>
    </form>
  );
}
