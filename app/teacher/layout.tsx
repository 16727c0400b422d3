import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/lib/i18n/client-messages';

// Teacher pages are private: never indexed, never cached (they read the session cookie, so Next
// renders them per request and sends Cache-Control: no-store).
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function TeacherLayout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={['teacher', 'submit', 'gallery']}>{children}</ClientMessages>;
}
