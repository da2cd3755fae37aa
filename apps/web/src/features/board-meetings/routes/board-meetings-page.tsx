import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
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
  const me = useCurrentPerson();
  const { hash } = useLocation();
  const now = new Date();
  // A mail asking for an answer links to its meeting (boardMeetingPath), whose heading exists only once the list has
  // loaded: focused (and so scrolled to) once per link, not again when the list refreshes after an answer.
  const handledHash = useRef<string | null>(null);
  useEffect(() => {
    if (!meetings.data || !hash || handledHash.current === hash) return;
    handledHash.current = hash;
    document.getElementById(hash.slice(1))?.focus();
  }, [meetings.data, hash]);

  if (meetings.isPending) return <p role="status">{t('app.loading')}</p>;
  if (meetings.isError) return <PageError title={t('boardMeetings.title')} error={meetings.error} onRetry={() => void meetings.refetch()} />;

  const commitments = commitmentsByEdition(meetings.data, now);
  // Someone who is director nowhere (a delegate, or one no longer needed) is not addressed as a director.
  const asDirector = canSomewhere(viewerOf(me), { permission: 'director.progress' });
  return (
    <>
      <h1>{t('boardMeetings.title')}</h1>
      <p>{t(asDirector ? 'boardMeetings.intro' : 'boardMeetings.introDelegate')}</p>
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
