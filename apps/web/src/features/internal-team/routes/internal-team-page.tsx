import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useMyInternalTeam } from '../api/my-internal-team';
import { InviteForm } from '../components/invite-form';
import { SentInvitations } from '../components/sent-invitations';
import { SupportedParticipant } from '../components/supported-participant';
import { TeamMembers } from '../components/team-members';
import '../internal-team.css';

/** A participant manages their internal team here; an internal-team member sees whom they support and answers their days. */
export function InternalTeamPage() {
  const t = useT();
  usePageTitle(t('internalTeam.title'));
  const team = useMyInternalTeam();
  const now = new Date();

  if (team.isPending) return <p role="status">{t('app.loading')}</p>;
  if (team.isError) return <PageError title={t('internalTeam.title')} error={team.error} onRetry={() => void team.refetch()} />;

  const { teams, supporting } = team.data;
  return (
    <>
      <h1>{t('internalTeam.title')}</h1>
      {teams.length === 0 && supporting.length === 0 && <p>{t('internalTeam.none')}</p>}
      {teams.length > 0 && (
        <>
          <p>{t('internalTeam.intro')}</p>
          {teams.map((own) => (
            <section key={own.enrolmentId} aria-labelledby={`team-${own.enrolmentId}`}>
              <h2 id={`team-${own.enrolmentId}`}>{t('internalTeam.team.title', { edition: own.editionName })}</h2>
              <TeamMembers members={own.members} />
              <SentInvitations invitations={own.invitations} />
            </section>
          ))}
          <InviteForm teams={teams} />
        </>
      )}
      {supporting.map((supported) => (
        <SupportedParticipant key={supported.editionId} supported={supported} now={now} />
      ))}
    </>
  );
}
