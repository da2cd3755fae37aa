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
      {count === 1 ? t('invitations.notice.one') : t('invitations.notice.many', { count: String(count) })}{' '}
      <Link to={paths.invitations}>{t('invitations.notice.link')}</Link>
    </p>
  );
}
