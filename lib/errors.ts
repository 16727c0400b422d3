import type { MessageKey } from './i18n/translate';

/**
 * An error meant for the user: a code for logs and tests, an HTTP status, and the message key the
 * page shows in the user's language. Details stay in the server log.
 */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly status: number,
    public readonly messageKey: MessageKey,
    public readonly detail?: Record<string, unknown>,
  ) {
    super(`${code} (${status})`);
    this.name = 'AppError';
  }
}
