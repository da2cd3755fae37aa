import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useMyInvitations } from '../api/my-invitations';

/** For the app shell: a line saying invitations are waiting, linking to where they are answered; nothing otherwise. */
export function InvitationsNotice() {
  const t = useT();
  const invitations = useMyInvitations();
  const count = invitations.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <p className="notice">
      {t('app.invitationsWaiting', { count })} <Link to={paths.invitations}>{t('app.invitationsLink')}</Link>
    </p>
  );
}
