import type { ReactNode } from 'react';

export type FieldA11y = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

/** A label, an optional hint and the field's error right below it, wired up for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const { id, label, hint, error } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      {props.children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p id={`${id}-error`} className="field-error" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}
