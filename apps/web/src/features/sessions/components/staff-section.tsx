import type { SessionStaffMember } from '@koers/shared/sessions';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAddSpeaker } from '../api/add-speaker';
import { useRemoveSpeaker } from '../api/remove-speaker';

/** Trainers, facilitators and speakers; those who record the session add and remove guest speakers. */
export function StaffSection({ sessionId, staff, canRecord }: { sessionId: string; staff: SessionStaffMember[]; canRecord: boolean }) {
  const t = useT();
  const remove = useRemoveSpeaker(sessionId);
  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('sessions.staff.title')}</h2>
      {staff.length === 0 ? (
        <p>{t('sessions.staff.none')}</p>
      ) : (
        <ul className="staff-list">
          {staff.map((member) => (
            <li key={member.id}>
              {/* One flex item: the list's gap would otherwise put a space before the comma. */}
              <span className="staff-list__who">
                <span className="staff-list__name">{member.name}</span>
                {member.organisation && `, ${member.organisation}`}
              </span>
              <span className="badge">{t(`sessions.staff.role.${member.role}`)}</span>
              {canRecord && member.role === 'speaker' && (
                <Button variant="quiet" busy={remove.isPending && remove.variables === member.id} onClick={() => remove.mutate(member.id)}>
                  {t('sessions.staff.remove')}
                  <span className="visually-hidden"> {member.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      {canRecord && <AddSpeakerForm sessionId={sessionId} />}
    </section>
  );
}

function AddSpeakerForm({ sessionId }: { sessionId: string }) {
  const t = useT();
  const id = useId();
  const add = useAddSpeaker(sessionId);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [missingName, setMissingName] = useState(false);
  const errors = fieldErrors(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissingName(true);
      nameRef.current?.focus();
      return;
    }
    setMissingName(false);
    add.mutate(
      { name: name.trim(), ...(organisation.trim() && { organisation: organisation.trim() }) },
      {
        onSuccess: () => {
          setName('');
          setOrganisation('');
          nameRef.current?.focus();
        },
      },
    );
  };

  return (
    <form className="form subform" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sessions.staff.addTitle')}</h3>
      <p className="field__hint">{t('sessions.staff.addHint')}</p>
      <TextField
        ref={nameRef}
        name="name"
        label={t('sessions.staff.name')}
        value={name}
        maxLength={200}
        error={missingName ? t('sessions.staff.nameRequired') : errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        name="organisation"
        label={t('sessions.staff.organisation')}
        value={organisation}
        maxLength={200}
        error={errors.organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      {add.isError && !Object.keys(errors).length && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {t('sessions.staff.add')}
        </Button>
      </div>
    </form>
  );
}
