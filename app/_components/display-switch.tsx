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
        <span aria-hidden="true" className="display-switch__icon">
          ◐
        </span>
        {t('nav.projector')}
      </button>
    </form>
  );
}
