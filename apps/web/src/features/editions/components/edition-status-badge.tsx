import type { EditionStatus } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** The status in words (never colour alone). */
export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const t = useT();
  return <span className="badge badge--status">{t(`editionStatus.${status}`)}</span>;
}
