import type { HomeResponse } from '@koers/shared/home';
import { Link, generatePath } from 'react-router';
import { DateText } from '../../../components/date-text';
import { OverdueBadge, SubmissionStatusBadge } from '../../../components/submission-status-badge';
import { useT } from '../../../lib/i18n';
import { editionPath, paths } from '../../../lib/paths';
import { useNow } from '../../../lib/now';
import { HomeSessionCard } from './home-session-card';

type Part<K extends keyof HomeResponse> = NonNullable<HomeResponse[K]>;

const percent = (rate: number) => Math.round(rate * 100);

/**
 * Today's sessions when there are any, otherwise the next one, unless another part already shows that session
 * (a director's next board meeting).
 */
export function SessionsPart({ sessions, shownElsewhere }: { sessions: HomeResponse['sessions']; shownElsewhere?: string }) {
  const t = useT();
  if (sessions.today.length > 0) {
    return (
      <section aria-labelledby="home-today-heading" className="home-part">
        <h2 id="home-today-heading">{t('home.today.title')}</h2>
        <ul className="home-list">
          {sessions.today.map((session) => (
            <li key={session.sessionId}>
              <HomeSessionCard session={session} />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (!sessions.next || sessions.next.sessionId === shownElsewhere) return null;
  return (
    <section aria-labelledby="home-next-heading" className="home-part">
      <h2 id="home-next-heading">{t('home.next.title')}</h2>
      <HomeSessionCard session={sessions.next} />
    </section>
  );
}

/** The programme office: what runs now and what needs attention, each figure leading to the page that deals with it. */
export function OfficePart({ office, review }: { office: Part<'office'>; review: HomeResponse['review'] }) {
  const t = useT();
  return (
    <section aria-labelledby="home-office-heading" className="home-part">
      <h2 id="home-office-heading">{t('home.office.title')}</h2>
      <ul className="home-figures">
        <li>
          <Link to={paths.editions}>{t('home.office.editions', { count: office.editions.length })}</Link>
        </li>
        <li>{t('home.office.sessionsThisWeek', { count: office.sessionsThisWeek })}</li>
        <li className={office.belowThreshold > 0 ? 'home-figures__attention' : undefined}>
          {t('home.office.belowThreshold', { count: office.belowThreshold })}
        </li>
        <li className={office.failedMails > 0 ? 'home-figures__attention' : undefined}>
          <Link to={`${paths.adminMail}?status=failed`}>{t('home.office.failedMails', { count: office.failedMails })}</Link>
        </li>
        {review && (
          <li className={review.waiting > 0 ? 'home-figures__attention' : undefined}>
            <Link to={paths.reviewQueue}>{t('home.review.waiting', { count: review.waiting })}</Link>
          </li>
        )}
      </ul>
      {office.editions.length > 0 && (
        <ul className="home-list">
          {office.editions.map((edition) => (
            <li key={edition.editionId} className="home-row">
              <Link to={editionPath(edition.editionId)} className="home-row__title">
                {edition.name}
              </Link>
              <span>{t('home.office.editionWeek', { count: edition.sessionsThisWeek })}</span>
              <Link to={generatePath(paths.editionAttendance, { editionId: edition.editionId })}>
                {t('home.office.editionBelow', { count: edition.belowThreshold, threshold: edition.thresholdPercent })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Work waiting for review, for those who review but are not the programme office (whose part counts it too). */
export function ReviewPart({ review }: { review: Part<'review'> }) {
  const t = useT();
  return (
    <section aria-labelledby="home-review-heading" className="home-part">
      <h2 id="home-review-heading">{t('home.review.title')}</h2>
      <p>
        <Link to={paths.reviewQueue}>{t('home.review.waiting', { count: review.waiting })}</Link>
      </p>
    </section>
  );
}

/** A participant: what is due, then how they are doing per edition. */
export function ParticipantPart({ participant, editionNames }: { participant: Part<'participant'>; editionNames: Map<string, string> }) {
  const t = useT();
  const now = useNow();
  return (
    <>
      <section aria-labelledby="home-deadlines-heading" className="home-part">
        <h2 id="home-deadlines-heading">{t('home.deadlines.title')}</h2>
        {participant.deadlines.length === 0 ? (
          <p>{t('home.deadlines.none')}</p>
        ) : (
          <ul className="home-list">
            {participant.deadlines.map((deadline) => (
              <li key={deadline.assignmentId} className="home-row">
                <Link to={generatePath(paths.assignment, { assignmentId: deadline.assignmentId })} className="home-row__title">
                  {deadline.title}
                </Link>
                <span>
                  {t('home.deadlines.due')} <DateText value={deadline.dueAt} />
                </span>
                <SubmissionStatusBadge status={deadline.status} />
                <OverdueBadge dueAt={deadline.dueAt} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-progress-heading" className="home-part">
        <h2 id="home-progress-heading">{t('home.progress.title')}</h2>
        <ul className="home-list">
          {participant.editions.map((edition) => (
            <li key={edition.editionId} className="home-row">
              <span className="home-row__title">{editionNames.get(edition.editionId)}</span>
              <span>
                {edition.attendanceRate === null
                  ? t('home.progress.attendanceNone')
                  : t('home.progress.attendance', {
                      percent: percent(edition.attendanceRate),
                      attended: edition.attendance.attended,
                      count: edition.attendance.counted,
                    })}
              </span>
              <span>{t('home.progress.assignments', { submitted: edition.assignments.submitted, approved: edition.assignments.approved, count: edition.assignments.total })}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** A director: the next board meeting (and what they answered), and the participants they sponsor in short. */
export function DirectorPart({ director }: { director: Part<'director'> }) {
  const t = useT();
  const meeting = director.nextBoardMeeting;
  return (
    <>
      <section aria-labelledby="home-board-heading" className="home-part">
        <h2 id="home-board-heading">{t('home.board.title')}</h2>
        {meeting ? (
          <HomeSessionCard session={meeting}>
            {meeting.answer && <p>{t(`home.board.answer.${meeting.answer}`)}</p>}
            <p>
              <Link to={paths.boardMeetings}>{meeting.answer ? t('home.board.answered') : t('home.board.answer')}</Link>
            </p>
          </HomeSessionCard>
        ) : (
          <p>{t('home.board.none')}</p>
        )}
      </section>
      <section aria-labelledby="home-sponsored-heading" className="home-part">
        <h2 id="home-sponsored-heading">{t('home.sponsored.title')}</h2>
        {director.participants.length === 0 ? (
          <p>{t('home.sponsored.none')}</p>
        ) : (
          <ul className="home-list">
            {director.participants.map((participant) => (
              <li key={`${participant.editionName}-${participant.personId}`} className="home-row">
                <span className="home-row__title">{participant.name}</span>
                <span>
                  {participant.attendanceRate === null
                    ? t('home.progress.attendanceNone')
                    : t('home.sponsored.attendance', { percent: percent(participant.attendanceRate) })}
                </span>
                <span>{t('home.sponsored.assignments', { approved: participant.assignments.approved, count: participant.assignments.total })}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={paths.directorProgress}>{t('home.sponsored.more')}</Link>
        </p>
      </section>
    </>
  );
}
