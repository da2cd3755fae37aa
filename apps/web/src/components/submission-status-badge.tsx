import type { SubmissionStatus } from '@koers/shared/assignments';
import { useT } from '../lib/i18n';
import './submissions.css';

/** Where someone's work stands, in words (colour only supports the text). */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const t = useT();
  return <span className={`badge badge--submission-${status.replace('_', '-')}`}>{t(`submission.status.${status}`)}</span>;
}
