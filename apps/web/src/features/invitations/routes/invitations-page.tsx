import { LoadError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useMyInvitations } from '../api/my-invitations';
import { ReceivedInvitations } from '../components/received-invitations';

/** Where the invitation mails lead: invitations to an internal team or as a board-meeting delegate, to accept or decline. */
export function InvitationsPage() {
  const t = useT();
  usePageTitle(t('invitations.title'));
  const invitations = useMyInvitations();

  return (
    <>
      <h1>{t('invitations.title')}</h1>
      {invitations.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : invitations.isError ? (
        <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <ReceivedInvitations invitations={invitations.data} />
      )}
    </>
  );
}
