import { boardMeetingAnchor, type MyBoardMeeting } from '@koers/shared/board-meetings';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { SessionVenue } from '../../../components/session-venue';
import { useT } from '../../../lib/i18n';
import { isAnswerOpen } from '../commitment';
import { AnswerSummary } from './answer-summary';
import { RsvpForm } from './rsvp-form';

/**
 * One board meeting: when and where (the session page's venue block), the agenda, the answer (a form until it starts;
 * a delegate reads whom they stand in for), attendance and minutes afterwards.
 */
export function BoardMeetingCard({ meeting, now }: { meeting: MyBoardMeeting; now: Date }) {
  const t = useT();
  const headingId = boardMeetingAnchor(meeting.sessionId);
  const cancelled = meeting.status === 'cancelled';
  const held = new Date(meeting.endsAt) <= now;
  const asDelegate = meeting.attendingAs === 'delegate';

  return (
    <article className="meeting" aria-labelledby={headingId}>
      {/* Focusable from a mail's link to this meeting (boardMeetingPath), not by Tab. */}
      <h3 id={headingId} className="meeting__title" tabIndex={-1}>
        {meeting.title}
      </h3>
      {cancelled && (
        <p>
          <SessionStatusBadge status={meeting.status} /> {t('boardMeetings.cancelled')}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('boardMeetings.when')}</dt>
          <dd>
            <DateText value={meeting.startsAt} />–<DateText value={meeting.endsAt} format="time" />
          </dd>
        </div>
        {held && !cancelled && (
          <div>
            <dt>{t('boardMeetings.attendance')}</dt>
            <dd>
              {meeting.attended === null
                ? t('boardMeetings.attendance.unknown')
                : meeting.attended
                  ? t(asDelegate ? 'boardMeetings.attendance.presentYourself' : 'boardMeetings.attendance.present')
                  : t('boardMeetings.attendance.absent')}
            </dd>
          </div>
        )}
      </dl>
      {!held && !cancelled && <SessionVenue session={meeting} now={now} />}
      {meeting.agenda && (
        <section className="meeting__section">
          <h4>{t('boardMeetings.agenda')}</h4>
          <MarkdownText source={meeting.agenda} />
        </section>
      )}
      {asDelegate ? (
        !cancelled && <p>{t(held ? 'boardMeetings.delegateForHeld' : 'boardMeetings.delegateFor', { name: meeting.delegateFor ?? '' })}</p>
      ) : (
        !cancelled && (
          <>
            {meeting.delegateFor && !held && <p>{t('boardMeetings.alsoDelegateFor', { name: meeting.delegateFor })}</p>}
            {isAnswerOpen(meeting, now) ? (
              <RsvpForm meeting={meeting} />
            ) : (
              <>
                <AnswerSummary rsvp={meeting.rsvp} />
                {!held && <p className="field__hint">{t('boardMeetings.rsvp.closed')}</p>}
              </>
            )}
          </>
        )
      )}
      {held && !cancelled && (
        <section className="meeting__section">
          <h4>{t('boardMeetings.minutes.title')}</h4>
          {meeting.minutes ? (
            <>
              <p className="field__hint">
                {t('boardMeetings.minutes.publishedAt')} <DateText value={meeting.minutes.publishedAt} />
              </p>
              <MarkdownText source={meeting.minutes.text} />
            </>
          ) : (
            <p>{t('boardMeetings.minutes.notYet')}</p>
          )}
        </section>
      )}
      <p>
        <Link to={sessionPagePath(meeting.sessionId)}>{t('boardMeetings.sessionPage')}</Link>
      </p>
    </article>
  );
}
