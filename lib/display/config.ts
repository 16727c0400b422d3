/**
 * The display choice: "projector" (large type, high contrast, big controls for the back of a
 * classroom) or the normal look. Remembered in a first-party cookie like the language; the page
 * cache (lib/page-cache) treats this cookie as neutral and keys pages by its value.
 */
export const DISPLAY_COOKIE = 'display';
export const PROJECTOR = 'projector';
export type Display = 'normal' | typeof PROJECTOR;

export function displayFromCookie(value: string | undefined): Display {
  return value === PROJECTOR ? PROJECTOR : 'normal';
}
