import { useState } from 'react';
import type { SentInvitation } from '@koers/shared/invitations';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useWithdrawInvitation } from '../api/withdraw-invitation';

/** Colleagues invited to the team who have not accepted, as the participant typed them: each still waiting with Withdraw, one who declined lately saying so. */
export function SentInvitations({ invitations }: { invitations: SentInvitation[] }) {
  const t = useT();
  const withdraw = useWithdrawInvitation();
  const [withdrawnName, setWithdrawnName] = useState<string | null>(null);
  if (invitations.length === 0 && !withdrawnName) return null;

  return (
    <>
      {invitations.length > 0 && (
        <>
          <h3>{t('internalTeam.invitations.title')}</h3>
          <ul className="card-list team-members">
            {invitations.map((invitation) => (
              <li key={invitation.invitationId} className="card team-member">
                <div>
                  <span className="card__title">{invitation.name}</span>
                  {invitation.roleInOrganisation && <span className="team-member__role">{invitation.roleInOrganisation}</span>}
                  <span className="team-member__email">{invitation.email}</span>
                  <span className="team-member__email">
                    {t('internalTeam.invitations.invitedAt')} <DateText value={invitation.invitedAt} format="date" />
                  </span>
                </div>
                {invitation.status === 'declined' ? (
                  <span className="team-member__role">{t('internalTeam.invitations.declined')}</span>
                ) : (
                  <Button
                    variant="secondary"
                    busy={withdraw.isPending && withdraw.variables === invitation.invitationId}
                    onClick={() => {
                      setWithdrawnName(null);
                      withdraw.mutate(invitation.invitationId, { onSuccess: () => setWithdrawnName(invitation.name) });
                    }}
                  >
                    {t('internalTeam.invitations.withdraw')} <span className="visually-hidden">{invitation.name}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {withdraw.isError && <Alert tone="error">{errorMessage(withdraw.error, t)}</Alert>}
      <p role="status" className="team-status">
        {withdrawnName ? t('internalTeam.invitations.withdrawn', { name: withdrawnName }) : ''}
      </p>
    </>
  );
}
