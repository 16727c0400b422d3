import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { PackRefusal } from './refusals';

/** One refusal as a sentence in the reader's language (the import form, the CLI). */
export function refusalMessage(t: Translate, refusal: PackRefusal): string {
  const params = { ...refusal.params };
  if (refusal.code === 'imageRejected' && typeof params.reason === 'string') {
    params.reason = t(`packs.refusal.reason.${params.reason}` as MessageKey);
  }
  return t(`packs.refusal.${refusal.code}` as MessageKey, params);
}
