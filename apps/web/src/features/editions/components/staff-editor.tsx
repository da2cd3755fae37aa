import { useState } from 'react';
import type { EditionSession, ScheduleWarning } from '@koers/shared/editions';
import type { SessionStaffRequest } from '@koers/shared/enrolments';
import type { SessionStaffRole } from '@koers/shared/sessions';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useReplaceSessionStaff } from '../api/session-staff';
import { candidateOptions } from '../api/staff-candidates';
import { StaffSearchField, useStaffSearch } from './staff-search';

type Member = SessionStaffRequest['staff'][number] & { name: string };

const ROLES: SessionStaffRole[] = ['trainer', 'facilitator', 'speaker'];

interface StaffEditorProps {
  editionId: string;
  session: EditionSession;
  onDone: (message: string, warnings: ScheduleWarning[]) => void;
  onCancel: () => void;
}

/** Who runs the session: people who ran sessions before (trainer, facilitator or speaker) and guest speakers by name. */
export function StaffEditor({ editionId, session, onDone, onCancel }: StaffEditorProps) {
  const t = useT();
  const { candidates, field: staffSearch } = useStaffSearch({ onSearch: () => setPersonId('') });
  const replace = useReplaceSessionStaff();
  const [staff, setStaff] = useState<Member[]>(() =>
    session.staff.map((member) =>
      member.personId
        ? { personId: member.personId, role: member.role, name: member.name }
        : { guestName: member.name, guestOrganisation: member.organisation ?? undefined, role: member.role, name: member.name },
    ),
  );
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<SessionStaffRole>('trainer');
  const [guestName, setGuestName] = useState('');
  const [guestOrganisation, setGuestOrganisation] = useState('');

  const available = (candidates.data?.items ?? []).filter((candidate) => !staff.some((member) => member.personId === candidate.id));
  const roleOptions = ROLES.map((value) => ({ value, label: t(`editions.staffRole.${value}`) }));

  const addPerson = () => {
    const candidate = available.find((c) => c.id === personId);
    if (!candidate) return;
    setStaff([...staff, { personId: candidate.id, role, name: candidate.name }]);
    setPersonId('');
  };
  const addGuest = () => {
    if (!guestName.trim()) return;
    setStaff([...staff, { guestName: guestName.trim(), guestOrganisation: guestOrganisation.trim() || undefined, role: 'speaker', name: guestName.trim() }]);
    setGuestName('');
    setGuestOrganisation('');
  };
  const save = () =>
    replace.mutate(
      { editionId, sessionId: session.id, staff: staff.map(({ name: _, ...member }) => member) },
      { onSuccess: (result) => onDone(t('editions.staff.saved', { title: session.title }), result.warnings) },
    );

  return (
    <div className="session-card__panel" role="group" aria-label={t('editions.staff.editNamed', { title: session.title })}>
      {replace.isError && <Alert tone="error">{errorMessage(replace.error, t)}</Alert>}
      {staff.length === 0 ? (
        <p>{t('editions.staff.none')}</p>
      ) : (
        <ul className="template-list">
          {staff.map((member, index) => (
            <li key={`${member.personId ?? member.guestName}-${index}`} className="session-card__head">
              <span>
                {member.name} ({t(`editions.staffRole.${member.role}`)})
              </span>
              <Button variant="quiet" onClick={() => setStaff(staff.filter((_, i) => i !== index))} aria-label={t('editions.staff.removeNamed', { name: member.name })}>
                {t('editions.staff.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <StaffSearchField name="staffSearch" {...staffSearch} />
      <div className="field-grid field-grid--wide">
        <SelectField
          label={t('editions.staff.person')}
          name="personId"
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
          options={[{ value: '', label: t('editions.staff.choose') }, ...candidateOptions(available)]}
        />
        <SelectField label={t('editions.staff.role')} name="role" value={role} onChange={(event) => setRole(event.target.value as SessionStaffRole)} options={roleOptions} />
      </div>
      <div className="form__actions">
        <Button variant="secondary" onClick={addPerson} disabled={!personId}>
          {t('editions.staff.addPerson')}
        </Button>
      </div>
      <div className="field-grid field-grid--wide">
        <TextField label={t('editions.staff.guestName')} name="guestName" value={guestName} onChange={(event) => setGuestName(event.target.value)} />
        <TextField label={t('editions.staff.guestOrganisation')} name="guestOrganisation" value={guestOrganisation} onChange={(event) => setGuestOrganisation(event.target.value)} />
      </div>
      <div className="form__actions">
        <Button variant="secondary" onClick={addGuest} disabled={!guestName.trim()}>
          {t('editions.staff.addGuest')}
        </Button>
      </div>
      <div className="form__actions">
        <Button busy={replace.isPending} onClick={save}>
          {replace.isPending ? t('editions.saving') : t('editions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('editions.cancel')}
        </Button>
      </div>
    </div>
  );
}
