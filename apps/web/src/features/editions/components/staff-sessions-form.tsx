import type { SessionKind } from '@koers/shared/domain';
import { type EditionSession, PLANNED_STAFF_ROLES, type ScheduleWarning, type StaffPlan } from '@koers/shared/editions';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { errorMessage } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { candidateOptions } from '../api/staff-candidates';
import { useStaffSessions } from '../api/staff-sessions';
import { StaffSearchField, useStaffSearch } from './staff-search';

/**
 * One trainer or facilitator on every session of the kinds chosen that is still to come (all programme days, all
 * network sessions), beside whoever runs each already: planning an edition's staff without opening every session.
 */
export function StaffSessionsForm({ editionId, sessions, onDone }: { editionId: string; sessions: EditionSession[]; onDone: (message: string) => void }) {
  const t = useT();
  const { candidates, field: staffSearch } = useStaffSearch({ onSearch: () => setPersonId('') });
  const add = useStaffSessions();
  const kindsHere = [...new Set(sessions.map((session) => session.kind))];
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<StaffPlan['role']>('trainer');
  const [kinds, setKinds] = useState<SessionKind[]>(kindsHere.includes('programme_day') ? ['programme_day'] : []);
  const [warnings, setWarnings] = useState<ScheduleWarning[]>([]);
  const [incomplete, setIncomplete] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const person = candidates.data?.items.find((candidate) => candidate.id === personId);
    setIncomplete(!person || kinds.length === 0);
    if (!person || kinds.length === 0) return focusFirstInvalid(event.currentTarget);
    add.mutate(
      { editionId, personId, role, kinds },
      {
        onSuccess: (result) => {
          setWarnings(result.warnings);
          onDone(t('editions.staffSessions.done', { name: person.name, count: result.added }));
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <StaffSearchField name="staffSearch" {...staffSearch} />
      <div className="field-grid field-grid--wide">
        <SelectField
          label={t('editions.staff.person')}
          name="personId"
          value={personId}
          required
          error={incomplete && !personId ? t('editions.staffSessions.choosePerson') : undefined}
          onChange={(event) => setPersonId(event.target.value)}
          options={[
            { value: '', label: t('editions.staff.choose') },
            ...candidateOptions(candidates.data?.items ?? []),
          ]}
        />
        <SelectField
          label={t('editions.staff.role')}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as StaffPlan['role'])}
          options={PLANNED_STAFF_ROLES.map((value) => ({ value, label: t(`editions.staffRole.${value}`) }))}
        />
      </div>
      <CheckboxGroup
        legend={t('editions.staffSessions.kinds')}
        name="kinds"
        options={kindsHere.map((kind) => ({ value: kind, label: t(`editions.staffSessions.kind.${kind}`) }))}
        values={kinds}
        onChange={setKinds}
        error={incomplete && kinds.length === 0 ? t('editions.staffSessions.chooseKinds') : undefined}
      />
      {add.isError && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      {warnings.length > 0 && (
        <ul className="warning-list">
          {warnings.map((warning, index) => (
            <li key={index}>{warning.message}</li>
          ))}
        </ul>
      )}
      <div className="form__actions">
        <Button type="submit" busy={add.isPending}>
          {add.isPending ? t('editions.saving') : t('editions.staffSessions.add')}
        </Button>
      </div>
    </form>
  );
}
