import type { RsvpInvitee } from '@koers/shared/rsvp';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { DownloadLinks } from '../../../components/download-links';
import { PageError } from '../../../components/page-error';
import { useI18n, type Translate } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { sessionRsvpsExportUrl, useSessionRsvps } from '../api/session-rsvps';
import '../board-meetings.css';
import { MinutesEditor } from '../components/minutes-editor';
import { RsvpCounts } from '../components/rsvp-counts';
import { SessionKindLabel } from '../components/session-kind-label';

function answerText(invitee: RsvpInvitee, t: Translate): string {
  if (invitee.response === null) return t('boardMeetings.session.answer.none');
  if (invitee.response === 'delegate') {
    const delegate = t('boardMeetings.session.answer.delegate', { name: invitee.delegateName ?? '', email: invitee.delegateEmail ?? '' });
    // The seat is covered only once the delegate accepts; declined, nobody comes.
    return invitee.delegateStatus ? `${delegate} (${t(`boardMeetings.rsvp.delegateStatus.${invitee.delegateStatus}`)})` : delegate;
  }
  return t(`boardMeetings.session.answer.${invitee.response}`);
}

/** Who is invited to one board meeting or internal-team day and what they answered, with the CSV and (for a board meeting) the minutes. */
export function SessionRsvpsPage() {
  const { t, language } = useI18n();
  const { sessionId = '' } = useParams();
  const overview = useSessionRsvps(sessionId);
  usePageTitle(overview.data?.title ?? t('boardMeetings.overview.title'));

  if (overview.isPending) return <p role="status">{t('app.loading')}</p>;
  if (overview.isError) {
    return (
      <>
        <PageError title={t('boardMeetings.overview.title')} error={overview.error} onRetry={() => void overview.refetch()} />
        <p>
          <Link to={paths.rsvpOverview}>{t('boardMeetings.session.back')}</Link>
        </p>
      </>
    );
  }

  const session = overview.data;
  return (
    <>
      <p>
        <Link to={paths.rsvpOverview}>{t('boardMeetings.session.back')}</Link>
      </p>
      <h1>{session.title}</h1>
      <p>
        {session.editionName} · <DateText value={session.startsAt} /> <SessionKindLabel kind={session.kind} />
      </p>
      {session.status === 'cancelled' && <Alert tone="info" live="off">{t('boardMeetings.overview.cancelled')}</Alert>}
      <RsvpCounts counts={session.counts} kind={session.kind} />
      <p className="form__actions">
        <DownloadLinks href={(format) => sessionRsvpsExportUrl(session.sessionId, format, language)} />
      </p>
      {session.invitees.length === 0 ? (
        <p>{t('boardMeetings.session.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="rsvp-table-caption" tabIndex={0}>
          <table className="table">
            <caption id="rsvp-table-caption">{t('boardMeetings.session.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('boardMeetings.session.column.name')}</th>
                <th scope="col">{t('boardMeetings.session.column.organisation')}</th>
                <th scope="col">{t('boardMeetings.session.column.role')}</th>
                <th scope="col">{t('boardMeetings.session.column.answer')}</th>
                <th scope="col">{t('boardMeetings.session.column.answeredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {session.invitees.map((invitee) => (
                <tr key={invitee.personId}>
                  <th scope="row">
                    {invitee.name}
                    <br />
                    <span className="table__secondary">{invitee.email}</span>
                  </th>
                  <td>{invitee.organisationName ?? ''}</td>
                  <td>
                    {t(`role.${invitee.role}`)}
                    {invitee.supportsName && (
                      <>
                        <br />
                        <span className="table__secondary">{t('boardMeetings.session.teamOf', { name: invitee.supportsName })}</span>
                      </>
                    )}
                  </td>
                  <td className="table__answer">{answerText(invitee, t)}</td>
                  <td>{invitee.respondedAt ? <DateText value={invitee.respondedAt} /> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {session.kind === 'board_meeting' && session.status !== 'cancelled' && (
        <section aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t('boardMeetings.minutesEditor.title')}</h2>
          <MinutesEditor sessionId={session.sessionId} started={new Date(session.startsAt) <= new Date()} />
        </section>
      )}
    </>
  );
}
