import { ClientMessages } from '@/lib/i18n/client-messages';
import { OfflineStatus } from './offline-status';

/** Registers the service worker and shows the offline banner, with its strings (see docs/offline.md). */
export function OfflineSupport() {
  return (
    <ClientMessages pick={['offline']}>
      <OfflineStatus />
    </ClientMessages>
  );
}
