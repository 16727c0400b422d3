'use client';
import { useActionState } from 'react';
import { useT } from '@/lib/i18n/client';
import { login, type LoginState } from './auth-actions';
import styles from './teacher.module.css';

export function LoginForm() {
  const t = useT();
  const [state, action, pending] = useActionState<LoginState | null, FormData>(login, null);
  const message =
    state?.error === 'throttled'
      ? t('teacher.login.throttled', { count: state.retryMinutes ?? 15 })
      : state?.error === 'invalid'
        ? t('teacher.login.invalid')
        : null;
  return (
    <form action={action} className={`panel ${styles.form}`} noValidate>
      {message && (
        <p className="alert alert--error" role="alert" data-testid="login-error">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor="name">{t('teacher.login.name')}</label>
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="username"
          required
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={state?.name ?? ''}
          key={state?.name ?? ''}
          aria-invalid={state?.fields?.name ? true : undefined}
          aria-describedby={state?.fields?.name ? 'name-error' : undefined}
        />
        {state?.fields?.name && (
          <p id="name-error" className="field-error">
            {t('teacher.login.nameRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="password">{t('teacher.login.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state?.fields?.password ? true : undefined}
          aria-describedby={state?.fields?.password ? 'password-error' : undefined}
        />
        {state?.fields?.password && (
          <p id="password-error" className="field-error">
            {t('teacher.login.passwordRequired')}
          </p>
        )}
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t('teacher.login.submitting') : t('teacher.login.submit')}
      </button>
    </form>
  );
}
