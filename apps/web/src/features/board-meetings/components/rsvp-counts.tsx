import type { SessionKind } from '@koers/shared/domain';
import { type RsvpCounts as Counts, takesDelegates } from '@koers/shared/rsvp';
import { useT } from '../../../lib/i18n';

/** Coming, not coming, delegates (where the session takes them), not answered yet: the numbers the programme office asks for. */
export function RsvpCounts({ counts, kind }: { counts: Counts; kind: SessionKind }) {
  const t = useT();
  return (
    <ul className="rsvp-counts">
      <li>{t('boardMeetings.overview.counts.attending', { count: counts.attending })}</li>
      <li>{t('boardMeetings.overview.counts.declined', { count: counts.declined })}</li>
      {takesDelegates(kind) && <li>{t('boardMeetings.overview.counts.delegate', { count: counts.delegate })}</li>}
      <li className={counts.unanswered > 0 ? 'rsvp-counts__open' : undefined}>{t('boardMeetings.overview.counts.unanswered', { count: counts.unanswered })}</li>
    </ul>
  );
}
