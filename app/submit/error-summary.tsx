'use client';
import type { Ref } from 'react';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import type { FormErrors, FormState } from './form-state';

const TOP: Record<string, MessageKey> = {
  title: 'submit.fields.title',
  caseKind: 'submit.fields.caseKind',
  description: 'submit.fields.description',
  locale: 'submit.fields.locale',
  submitterName: 'submit.fields.submitterName',
};

/**
 * The list of problems at the top of the form, focused after a failed send so screen-reader users
 * hear how many there are; each links to its field, where the same message stands.
 */
export function ErrorSummary({
  ref,
  ...props
}: {
  ref: Ref<HTMLDivElement>;
  errors: FormErrors;
  state: FormState;
  message: (key: string) => string | null;
}) {
  const t = useT();
  const keys = Object.keys(props.errors);
  if (keys.length === 0) return <div ref={ref} tabIndex={-1} />;

  const describe = (key: string): { label: string | null; href: string | null } => {
    if (key in TOP) return { label: t(TOP[key]!), href: key === 'locale' ? null : `#f-${key}` };
    const variantField = /^v:([^.]+)\.(.+)$/.exec(key);
    if (variantField) {
      const [, id, field] = variantField;
      const n = props.state.variants.findIndex((v) => v.id === id) + 1;
      const name =
        field === 'runs'
          ? t('submit.runs.legend', { n })
          : `${t('submit.variant.legend', { n })}: ${t(`submit.variant.${field!.replace('settings.', '')}` as MessageKey)}`;
      return { label: name, href: `#f-${id}-${field!.replace('.', '-')}` };
    }
    const run = /^r:(.+)$/.exec(key);
    if (run) {
      for (const [v, variant] of props.state.variants.entries()) {
        const r = variant.runs.findIndex((x) => x.id === run[1]);
        if (r >= 0) {
          return {
            label: `${t('submit.variant.legend', { n: v + 1 })}, ${t('submit.runs.run', { n: r + 1 })}`,
            href: `#f-${run[1]}`,
          };
        }
      }
    }
    return { label: null, href: null };
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="alert alert--error"
      role="alert"
      data-testid="error-summary"
    >
      <p>
        <strong>{t('submit.errors.summary', { count: keys.length })}</strong>
      </p>
      <ul>
        {keys.map((key) => {
          const { label, href } = describe(key);
          const text = label ? `${label}: ${props.message(key)}` : props.message(key);
          return <li key={key}>{href ? <a href={href}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}
