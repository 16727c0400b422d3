import type { Translate } from '@/lib/i18n/translate';

export const DONE_KINDS = [
  'approved',
  'rejected',
  'hidden',
  'deleted',
  'saved',
  'resolved',
  'stale',
] as const;
export type DoneKind = (typeof DONE_KINDS)[number];

export function parseDone(value: unknown): DoneKind | null {
  return typeof value === 'string' && (DONE_KINDS as readonly string[]).includes(value)
    ? (value as DoneKind)
    : null;
}

/**
 * The "what just happened" line after a decision. The page passes the item's current title from
 * the database (never from the URL), so a crafted link cannot put words in the teacher's screen.
 */
export function Flash({ done, title, t }: { done: DoneKind | null; title?: string; t: Translate }) {
  if (!done) return null;
  const stale = done === 'stale';
  return (
    <p
      className={`alert ${stale ? 'alert--error' : 'alert--ok'}`}
      role="status"
      data-testid="flash"
    >
      {t(`teacher.done.${done}`, { title: title ?? '' })}
    </p>
  );
}
