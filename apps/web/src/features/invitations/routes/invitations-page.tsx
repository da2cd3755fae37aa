import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
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
        <>
          <Alert tone="error">{errorMessage(invitations.error, t)}</Alert>
          <Button onClick={() => void invitations.refetch()}>{t('app.tryAgain')}</Button>
        </>
      ) : (
        <ReceivedInvitations invitations={invitations.data} />
      )}
    </>
  );
}
