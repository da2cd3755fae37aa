import { useEffect, useRef, useState } from 'react';
import type { InternalTeamMember } from '@koers/shared/internal-team';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useRemoveTeamMember } from '../api/remove-team-member';

/** The members of one team, each removable after an inline confirmation (their attendance history stays). */
export function TeamMembers({ members }: { members: InternalTeamMember[] }) {
  const t = useT();
  const remove = useRemoveTeamMember();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removedName, setRemovedName] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onRemove = (member: InternalTeamMember) => {
    remove.mutate(member.personId, {
      onSuccess: () => {
        setConfirming(null);
        setRemovedName(member.name);
        // The member's row, and the button that was pressed, are gone: the keyboard goes on from what was done.
        focusAfterRender(() => statusRef.current);
      },
    });
  };

  return (
    <>
      {members.length === 0 ? (
        <p>{t('internalTeam.team.empty')}</p>
      ) : (
        <ul className="card-list team-members">
          {members.map((member) => (
            <li key={member.personId} className="card team-member">
              <div>
                <span className="card__title">{member.name}</span>
                {member.roleInOrganisation && <span className="team-member__role">{member.roleInOrganisation}</span>}
                <span className="team-member__email">{member.email}</span>
              </div>
              {confirming === member.personId ? (
                <div
                  ref={confirmRef}
                  tabIndex={-1}
                  className="team-member__confirm"
                  role="group"
                  aria-label={t('internalTeam.remove.confirmLabel', { name: member.name })}
                >
                  <p>{t('internalTeam.remove.confirm', { name: member.name })}</p>
                  <div className="form__actions">
                    <Button busy={remove.isPending} onClick={() => onRemove(member)}>
                      {t('internalTeam.remove.yes')}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirming(null)}>
                      {t('internalTeam.remove.cancel')}
                    </Button>
                  </div>
                </div>
              ) : (
                <Button
                  variant="secondary"
                  onClick={() => {
                    remove.reset();
                    setRemovedName(null);
                    setConfirming(member.personId);
                  }}
                >
                  {t('internalTeam.remove')} <span className="visually-hidden">{member.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      <p role="status" className="team-status" ref={statusRef} tabIndex={-1}>
        {removedName ? t('internalTeam.remove.done', { name: removedName }) : ''}
      </p>
    </>
  );
}
