import { useId, useRef, useState, type FormEvent } from 'react';
import type { InternalTeam } from '@koers/shared/internal-team';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useInviteTeamMember } from '../api/invite-team-member';

const FIELDS = ['name', 'email', 'roleInOrganisation'] as const;
type Field = (typeof FIELDS)[number];

/** Name, email and role in the organisation; the edition only for someone who leads teams in several. */
export function InviteForm({ teams }: { teams: InternalTeam[] }) {
  const t = useT();
  const id = useId();
  const invite = useInviteTeamMember();
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [invitedName, setInvitedName] = useState<string | null>(null);
  const refs = { name: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), roleInOrganisation: useRef<HTMLInputElement>(null) };
  const serverFields = fieldErrors(invite.error);
  const errorFor = (field: Field) => (missing[field] ? t('internalTeam.invite.required') : serverFields[field]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? '').trim()])) as Record<Field, string>;
    const empty = FIELDS.filter((field) => !values[field]);
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    setInvitedName(null);
    invite.reset();
    if (empty.length > 0) return refs[empty[0]].current?.focus();
    const editionId = teams.length > 1 ? String(data.get('editionId')) : undefined;
    invite.mutate(
      { ...values, ...(editionId && { editionId }) },
      {
        onSuccess: (invitation) => {
          form.reset();
          setInvitedName(invitation.name);
          refs.name.current?.focus();
        },
        onError: (error) => {
          const invalid = FIELDS.find((field) => fieldErrors(error)[field]);
          if (invalid) refs[invalid].current?.focus();
        },
      },
    );
  };

  return (
    <form className="form invite-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="invite-form__title">{t('internalTeam.invite.title')}</h3>
      {teams.length > 1 && (
        <SelectField
          label={t('internalTeam.invite.edition')}
          name="editionId"
          options={teams.map((team) => ({ value: team.editionId, label: team.editionName }))}
        />
      )}
      <TextField ref={refs.name} label={t('internalTeam.invite.name')} name="name" autoComplete="off" required error={errorFor('name')} />
      <TextField
        ref={refs.email}
        label={t('internalTeam.invite.email')}
        name="email"
        type="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        required
        error={errorFor('email')}
      />
      <TextField
        ref={refs.roleInOrganisation}
        label={t('internalTeam.invite.role')}
        hint={t('internalTeam.invite.roleHint')}
        name="roleInOrganisation"
        autoComplete="off"
        required
        error={errorFor('roleInOrganisation')}
      />
      <div className="form__actions">
        <Button type="submit" busy={invite.isPending}>
          {t('internalTeam.invite.submit')}
        </Button>
      </div>
      {invite.isError && <Alert tone="error">{errorMessage(invite.error, t)}</Alert>}
      <p role="status" className="team-status">
        {invitedName ? t('internalTeam.invite.sent', { name: invitedName }) : ''}
      </p>
    </form>
  );
}
