import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useMe } from '../../../lib/session';
import { myInvitationsQuery } from '../api/my-invitations';

/**
 * For the app shell: a line saying invitations are waiting, linking to where they are answered; nothing otherwise.
 * The count comes with `/api/me`, so the first screen asks for nothing more (and nothing appears above the page
 * after it has shown); the list, once the invitations page has asked for it, is newer.
 */
export function InvitationsNotice() {
  const t = useT();
  const waiting = useMe().data?.waiting;
  const invitations = useQuery({ ...myInvitationsQuery, enabled: waiting === undefined });
  const count = invitations.data?.length ?? waiting?.invitations ?? 0;
  if (count === 0) return null;
  return (
    <p className="notice">
      {t('app.invitationsWaiting', { count })} <Link to={paths.invitations}>{t('app.invitationsLink')}</Link>
    </p>
  );
}
