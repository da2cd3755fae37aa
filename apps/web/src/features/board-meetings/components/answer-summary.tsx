import type { Rsvp } from '@koers/shared/rsvp';
import { useT } from '../../../lib/i18n';

/** The director's answer in words, for when it can no longer be changed. */
export function AnswerSummary({ rsvp }: { rsvp: Rsvp | null }) {
  const t = useT();
  if (!rsvp) return <p>{t('boardMeetings.rsvp.noAnswer')}</p>;
  return (
    <p>
      <strong>{t('boardMeetings.rsvp.yourAnswer')}:</strong>{' '}
      {rsvp.response === 'delegate'
        ? t('boardMeetings.rsvp.delegateSummary', { name: rsvp.delegateName ?? '', email: rsvp.delegateEmail ?? '' })
        : t(`boardMeetings.rsvp.${rsvp.response}`)}
      {rsvp.response === 'delegate' && rsvp.delegateStatus && <> ({t(`boardMeetings.rsvp.delegateStatus.${rsvp.delegateStatus}`)})</>}
    </p>
  );
}
