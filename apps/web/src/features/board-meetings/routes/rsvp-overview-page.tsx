import type { RsvpSessionSummary } from '@koers/shared/rsvp';
import { generatePath, Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useRsvpOverview } from '../api/rsvp-overview';
import '../board-meetings.css';
import { RsvpCounts } from '../components/rsvp-counts';
import { SessionKindLabel } from '../components/session-kind-label';

function groupByEdition(sessions: readonly RsvpSessionSummary[]) {
  const editions = new Map<string, { editionName: string; sessions: RsvpSessionSummary[] }>();
  for (const session of sessions) {
    const edition = editions.get(session.editionId) ?? { editionName: session.editionName, sessions: [] };
    edition.sessions.push(session);
    editions.set(session.editionId, edition);
  }
  return [...editions.entries()];
}

/** For trainers and the programme office: every board meeting and internal-team day with its answer counts. */
export function RsvpOverviewPage() {
  const t = useT();
  usePageTitle(t('boardMeetings.overview.title'));
  const overview = useRsvpOverview();

  if (overview.isPending) return <p role="status">{t('app.loading')}</p>;
  if (overview.isError) return <PageError title={t('boardMeetings.overview.title')} error={overview.error} onRetry={() => void overview.refetch()} />;

  return (
    <>
      <h1>{t('boardMeetings.overview.title')}</h1>
      <p>{t('boardMeetings.overview.intro')}</p>
      {overview.data.length === 0 && <p>{t('boardMeetings.overview.empty')}</p>}
      {groupByEdition(overview.data).map(([editionId, edition]) => (
        <section key={editionId} aria-labelledby={`edition-${editionId}`}>
          <h2 id={`edition-${editionId}`}>{edition.editionName}</h2>
          <ul className="card-list rsvp-sessions">
            {edition.sessions.map((session) => (
              <li key={session.sessionId} className="card rsvp-session">
                <div className="rsvp-session__head">
                  <Link to={generatePath(paths.rsvpSession, { sessionId: session.sessionId })} className="card__title">
                    {session.title}
                  </Link>
                  <SessionKindLabel kind={session.kind} />
                </div>
                <p className="rsvp-session__when">
                  <DateText value={session.startsAt} />
                  {session.status === 'cancelled' && <strong> · {t('boardMeetings.overview.cancelled')}</strong>}
                </p>
                <RsvpCounts counts={session.counts} kind={session.kind} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
