import type { CaseKind } from '@/db/schema';
import type { Translate } from '@/lib/i18n/translate';

export function CaseBadge({ kind, t }: { kind: CaseKind; t: Translate }) {
  return (
    <span className="badge" data-kind={kind}>
      {t(`caseKind.${kind}`)}
    </span>
  );
}
