import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useMe } from '../../../lib/session';
import { myInvitationsQuery } from '../api/my-invitations';

/**
 * For the app shell: a line saying invitations are waiting, linking to where they are answered; nothing otherwise.
 * The count comes with `/api/me`, so the first screen asks for nothing more (and nothing appears above the page after
 * it has shown). The list counts instead once it is the newer answer: the invitations page asked for it, or `/api/me`
 * came from logging in, which does not count.
 */
export function InvitationsNotice() {
  const t = useT();
  const me = useMe();
  const waiting = me.data?.waiting;
  const list = useQuery({ ...myInvitationsQuery, enabled: waiting === undefined });
  const count = list.data && (waiting === undefined || list.dataUpdatedAt >= me.dataUpdatedAt) ? list.data.length : (waiting?.invitations ?? 0);
  if (count === 0) return null;
  return (
    <p className="notice">
      {t('app.invitationsWaiting', { count })} <Link to={paths.invitations}>{t('app.invitationsLink')}</Link>
    </p>
  );
}
