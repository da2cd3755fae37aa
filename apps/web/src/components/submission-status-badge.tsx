import type { SubmissionStatus } from '@koers/shared/assignments';
import { useT } from '../lib/i18n';
import './submissions.css';

/** Where someone's work stands, in words (colour only supports the text). */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const t = useT();
  return <span className={`badge badge--submission-${status.replace('_', '-')}`}>{t(`submission.status.${status}`)}</span>;
}

/** Work still asked for after its deadline: handing it in is late now, and no longer possible after the cut-off. */
export function OverdueBadge({ dueAt, cutoffAt = null, now }: { dueAt: string; cutoffAt?: string | null; now: Date }) {
  const t = useT();
  if (cutoffAt && new Date(cutoffAt) < now) return <span className="badge badge--submission-late">{t('submission.closed')}</span>;
  return new Date(dueAt) < now ? <span className="badge badge--submission-late">{t('submission.overdue')}</span> : null;
}
