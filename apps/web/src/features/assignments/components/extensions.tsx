import type { EditionAssignment } from '@koers/shared/assignments';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { fromDateTimeInputValue } from '../../../lib/dates';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useGrantExtension } from '../api/grant-extension';
import { useRevokeExtension } from '../api/revoke-extension';
import { deadlineProblems } from './deadline-problems';

const FIELDS = ['personId', 'dueAt', 'cutoffAt'] as const;
type Problems = Partial<Record<(typeof FIELDS)[number], string>>;

/** The problems found, without the fields that have none (which would hide a server's word on them). */
const definedOnly = (problems: Problems): Problems => Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem)) as Problems;

/** Per-person extensions of one assignment: who has one until when, and a form to grant one. */
export function Extensions({ assignment, participants }: { assignment: EditionAssignment; participants: { personId: string; name: string }[] }) {
  const t = useT();
  const grant = useGrantExtension(assignment.id);
  const revoke = useRevokeExtension(assignment.id);
  const [problems, setProblems] = useState<Problems>({});
  const extensions = assignment.extensions ?? [];
  const serverErrors = fieldErrors(grant.error);
  const errors: Problems = { dueAt: serverErrors.dueAt, cutoffAt: serverErrors.cutoffAt, ...definedOnly(problems) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const personId = String(form.get('personId') ?? '');
    const dueValue = String(form.get('dueAt') ?? '');
    const dueAt = fromDateTimeInputValue(dueValue);
    const cutoffValue = String(form.get('cutoffAt') ?? '');
    const cutoffAt = cutoffValue ? fromDateTimeInputValue(cutoffValue) : null;
    // Each problem at its own field, as the assignment form says them: which of the two times the clocks skip, too.
    const found: Problems = {
      personId: personId ? undefined : t('assignments.extensions.choose'),
      ...deadlineProblems({ dueValue, dueAt, cutoffValue, cutoffAt }, t),
    };
    setProblems(found);
    const firstInvalid = FIELDS.find((field) => found[field]);
    if (firstInvalid) return formElement.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    grant.reset();
    grant.mutate({ personId, dueAt: dueAt as string, cutoffAt });
  };

  return (
    <section aria-label={t('assignments.extensions.title', { title: assignment.title })}>
      <h3>{t('assignments.extensions.heading')}</h3>
      {revoke.isError && <Alert tone="error">{errorMessage(revoke.error, t)}</Alert>}
      {extensions.length === 0 ? (
        <p>{t('assignments.extensions.none')}</p>
      ) : (
        <ul className="extension-list">
          {extensions.map((extension) => (
            <li key={extension.personId}>
              {extension.personName}: <DateText value={extension.dueAt} />
              {extension.reason === 'late_enrolment' && <> ({t('assignments.extensions.lateEnrolment')})</>}
              {extension.cutoffAt && (
                <>
                  {' '}
                  ({t('assignments.cutoffAt')} <DateText value={extension.cutoffAt} />)
                </>
              )}{' '}
              <Button variant="quiet" busy={revoke.isPending} onClick={() => revoke.mutate(extension.personId)}>
                {t('assignments.extensions.revoke', { name: extension.personName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <details className="extension-grant" open={FIELDS.some((field) => problems[field]) || grant.isError || undefined}>
        <summary>{t('assignments.extensions.grantFor', { title: assignment.title })}</summary>
        <form className="form" noValidate onSubmit={onSubmit}>
          {grant.isError && <Alert tone="error">{errorMessage(grant.error, t)}</Alert>}
          <SelectField
            label={t('assignments.extensions.person')}
            name="personId"
            error={errors.personId}
            defaultValue=""
            options={[
              { value: '', label: t('assignments.extensions.choose'), disabled: true },
              ...participants.map((participant) => ({ value: participant.personId, label: participant.name })),
            ]}
          />
          <TextField label={t('assignments.extensions.dueAt')} name="dueAt" type="datetime-local" hint={t('assignments.form.amsterdamTime')} error={errors.dueAt} />
          <TextField label={t('assignments.form.cutoffAt')} name="cutoffAt" type="datetime-local" hint={t('assignments.extensions.cutoffHint')} error={errors.cutoffAt} />
          <div className="form__actions">
            <Button type="submit" variant="secondary" busy={grant.isPending}>
              {t('assignments.extensions.grant')}
            </Button>
          </div>
        </form>
      </details>
    </section>
  );
}
