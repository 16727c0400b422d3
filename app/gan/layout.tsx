import type { ReactNode } from 'react';
import { ClientMessages } from '@/lib/i18n/client-messages';

/** The gan strings for this area's client components (see lib/i18n/client-messages.tsx). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={['gan']}>{children}</ClientMessages>;
}
