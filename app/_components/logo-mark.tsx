import type { CSSProperties } from 'react';

/**
 * The app's mark: four squares, as in the site icon. Drawn, not a glyph: a symbol character such
 * as ▦ would make the browser look for a fallback font, and look different on every school's
 * computers. Decorative wherever it appears, so it is hidden from screen readers.
 */
export function LogoMark({ className, style }: { className?: string; style?: CSSProperties }) {
  return (
    <svg
      className={className}
      style={style}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="6" height="6" rx="1" fill="var(--c-focus)" />
      <rect x="9" y="1" width="6" height="6" rx="1" fill="currentColor" />
      <rect x="1" y="9" width="6" height="6" rx="1" fill="currentColor" />
      <rect x="9" y="9" width="6" height="6" rx="1" fill="var(--c-accent)" />
    </svg>
  );
}
