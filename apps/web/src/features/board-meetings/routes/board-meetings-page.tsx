import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useMyBoardMeetings } from '../api/my-board-meetings';
import '../board-meetings.css';
import { BoardMeetingCard } from '../components/board-meeting-card';
import { CommitmentLine } from '../components/commitment-line';
import { commitmentsByEdition } from '../commitment';

/** The director's home: their commitment, then every board meeting with agenda, answer and minutes; a delegate's meetings too. */
export function BoardMeetingsPage() {
  const t = useT();
  usePageTitle(t('boardMeetings.title'));
  const meetings = useMyBoardMeetings();
  const now = new Date();

  if (meetings.isPending) return <p role="status">{t('app.loading')}</p>;
  if (meetings.isError) return <PageError title={t('boardMeetings.title')} error={meetings.error} onRetry={() => void meetings.refetch()} />;

  const commitments = commitmentsByEdition(meetings.data, now);
  const onlyAsDelegate = meetings.data.length > 0 && meetings.data.every((meeting) => meeting.attendingAs === 'delegate');
  return (
    <>
      <h1>{t('boardMeetings.title')}</h1>
      <p>{t(onlyAsDelegate ? 'boardMeetings.introDelegate' : 'boardMeetings.intro')}</p>
      {meetings.data.length === 0 ? (
        <p>{t('boardMeetings.empty')}</p>
      ) : (
        <>
          {commitments.length > 0 && (
            <section aria-labelledby="commitment-heading" className="commitments">
              <h2 id="commitment-heading">{t('boardMeetings.commitment.title')}</h2>
              {commitments.map((commitment) => (
                <CommitmentLine key={commitment.editionId} commitment={commitment} showEdition={commitments.length > 1} />
              ))}
            </section>
          )}
          <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{t('boardMeetings.list.title')}</h2>
            <div className="meetings">
              {meetings.data.map((meeting) => (
                <BoardMeetingCard key={meeting.sessionId} meeting={meeting} now={now} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
