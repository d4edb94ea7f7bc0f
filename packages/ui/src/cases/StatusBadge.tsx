import type { CaseStatus } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { statusLabel } from './format.js';

/** A case's status in words (never colour alone), in the page's language. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <span className="status-badge" data-status={status}>
      {statusLabel(status, t.lang)}
    </span>
  );
}
