import { useRef, useState } from 'react';
import type { ReceivedInvitation } from '@koers/shared/invitations';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { type InvitationAnswer, useAnswerInvitation } from '../api/answer-invitation';

/** Each invitation waiting for the viewer's answer, with Accept and Decline (only Decline, saying why, when it cannot be accepted). */
export function ReceivedInvitations({ invitations }: { invitations: ReceivedInvitation[] }) {
  const t = useT();
  const answer = useAnswerInvitation();
  const [answering, setAnswering] = useState<{ invitationId: string; answer: InvitationAnswer } | null>(null);
  const [done, setDone] = useState<InvitationAnswer | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const onAnswer = (invitationId: string, value: InvitationAnswer) => {
    setDone(null);
    setAnswering({ invitationId, answer: value });
    answer.mutate(
      { invitationId, answer: value },
      {
        onSuccess: () => {
          setDone(value);
          // The answered invitation, and the button that was pressed, leave the list: the keyboard goes on from what was done.
          focusAfterRender(() => statusRef.current);
        },
      },
    );
  };

  return (
    <>
      {invitations.length === 0 ? (
        <p>{t('invitations.none')}</p>
      ) : (
        <ul className="card-list">
          {invitations.map((invitation) => {
            const headingId = `invitation-${invitation.invitationId}`;
            const busy = answer.isPending && answering?.invitationId === invitation.invitationId;
            return (
              <li key={invitation.invitationId} className="card" aria-labelledby={headingId}>
                <h2 id={headingId} className="card__title">
                  {invitation.kind === 'internal_team'
                    ? t('invitations.internalTeam.title', { name: invitation.invitedByName, edition: invitation.editionName })
                    : t('invitations.delegate.title', { name: invitation.invitedByName, edition: invitation.editionName })}
                </h2>
                {invitation.kind === 'internal_team' && invitation.roleInOrganisation && (
                  <p>{t('invitations.internalTeam.role', { role: invitation.roleInOrganisation })}</p>
                )}
                {invitation.session && (
                  <p>
                    {invitation.session.title}: <DateText value={invitation.session.startsAt} />
                  </p>
                )}
                <p className="muted">
                  {t('invitations.invitedAt')} <DateText value={invitation.invitedAt} format="date" />
                </p>
                {invitation.cannotAccept ? (
                  <p>{t(`invitations.cannotAccept.${invitation.cannotAccept}`, { name: invitation.invitedByName })}</p>
                ) : (
                  <p>{invitation.kind === 'internal_team' ? t('invitations.internalTeam.explain') : t('invitations.delegate.explain')}</p>
                )}
                <div className="form__actions" role="group" aria-labelledby={headingId}>
                  {!invitation.cannotAccept && (
                    <Button busy={busy} onClick={() => onAnswer(invitation.invitationId, 'accept')}>
                      {t('invitations.accept')}
                    </Button>
                  )}
                  <Button variant="secondary" busy={busy} onClick={() => onAnswer(invitation.invitationId, 'decline')}>
                    {t('invitations.decline')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {answer.isError && <Alert tone="error">{errorMessage(answer.error, t)}</Alert>}
      <p role="status" className="team-status" ref={statusRef} tabIndex={-1}>
        {done === 'accept' ? t('invitations.accepted') : done === 'decline' ? t('invitations.declined') : ''}
      </p>
    </>
  );
}
