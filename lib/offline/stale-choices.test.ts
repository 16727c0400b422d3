import { describe, expect, it } from 'vitest';
import { isStale, staleChoices } from './stale-choices';

describe('staleChoices', () => {
  const page = { locale: 'en', display: 'normal' };
  it('finds nothing when the cookies agree with the page or say nothing', () => {
    expect(staleChoices('', page)).toEqual({ locale: null, display: null });
    expect(staleChoices('lang=en', page)).toEqual({ locale: null, display: null });
    expect(staleChoices('lang=nl', { locale: 'nl', display: 'projector' }).locale).toBeNull();
    expect(isStale(staleChoices('lang=en; display=normal', page))).toBe(false);
  });
  it('finds a language chosen after the page was saved', () => {
    expect(staleChoices('other=1; lang=nl', page)).toEqual({ locale: 'nl', display: null });
  });
  it('finds a display mode switched on or off after the page was saved', () => {
    expect(staleChoices('display=projector', page)).toEqual({ locale: null, display: 'projector' });
    expect(staleChoices('lang=en', { locale: 'en', display: 'projector' })).toEqual({ locale: null, display: 'normal' });
  });
  it('ignores values the server would ignore too', () => {
    expect(staleChoices('lang=fr; display=huge', page)).toEqual({ locale: null, display: null });
    expect(staleChoices('lang=%E0%A4%A', page).locale).toBeNull();
  });
});
