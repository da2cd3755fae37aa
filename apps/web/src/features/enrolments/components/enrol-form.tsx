import { useRef, useState, type FormEvent } from 'react';
import type { EnrolRequest, EnrolResult } from '@koers/shared/enrolments';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@koers/shared/domain';
import { EDITION_ROLES, type EditionRole } from '@koers/shared/roles';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { LANGUAGE_NAMES, useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useEnrol } from '../api/enrol';

// Deliberately loose: the API has the last word; this only catches typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Enrols one person: a participant with organisation, director and challenge, or someone in another role. */
export function EnrolForm({ editionId, onEnrolled }: { editionId: string; onEnrolled: (result: EnrolResult, name: string) => void }) {
  const t = useT();
  const enrol = useEnrol();
  const [role, setRole] = useState<EditionRole>('participant');
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  // Asked for once the API said the participant has a director (409 participant_has_director), which it names.
  const [replaceDirector, setReplaceDirector] = useState(false);
  const asksToReplace = replaceDirector || (enrol.error instanceof ApiError && enrol.error.code === 'participant_has_director');
  const formRef = useRef<HTMLFormElement>(null);
  const server = fieldErrors(enrol.error);
  const error = (name: string) => errors[name] ?? server[name];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (enrol.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || undefined;
    const request: EnrolRequest = {
      role,
      name: text('name'),
      email: text('email'),
      organisation: optional('organisation'),
      region: optional('region'),
      directorEmail: optional('directorEmail'),
      directorName: optional('directorName'),
      challengeTitle: optional('challengeTitle'),
      participantEmail: optional('participantEmail'),
      roleInOrganisation: optional('roleInOrganisation'),
      locale,
      ...(role === 'director' && replaceDirector ? { replaceDirector } : {}),
    };
    const found = {
      name: request.name ? undefined : t('enrolments.form.nameRequired'),
      email: EMAIL.test(request.email) ? undefined : t('enrolments.form.emailInvalid'),
      organisation: role === 'participant' && !request.organisation ? t('enrolments.form.organisationRequired') : undefined,
      directorEmail: request.directorEmail && !EMAIL.test(request.directorEmail) ? t('enrolments.form.emailInvalid') : undefined,
      participantEmail:
        role === 'internal_team_member' && !(request.participantEmail && EMAIL.test(request.participantEmail)) ? t('enrolments.form.participantRequired') : undefined,
    };
    setErrors(found);
    enrol.reset();
    if (Object.values(found).some(Boolean)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    enrol.mutate(
      { editionId, request },
      {
        onSuccess: (result) => {
          formElement.reset();
          setReplaceDirector(false);
          onEnrolled(result, request.name);
        },
      },
    );
  };

  // The confirmation is for the director the API named: another participant or address asks again.
  const confirmOnlyWhatWasNamed = (event: FormEvent<HTMLFormElement>) => {
    if (['role', 'email', 'participantEmail'].includes((event.target as HTMLInputElement).name)) setReplaceDirector(false);
  };

  const forParticipant = role === 'participant';
  const linksParticipant = role === 'internal_team_member' || role === 'director';

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} onChange={confirmOnlyWhatWasNamed}>
      {enrol.isError && <Alert tone="error">{errorMessage(enrol.error, t)}</Alert>}
      <SelectField
        label={t('enrolments.form.role')}
        name="role"
        value={role}
        onChange={(event) => setRole(event.target.value as EditionRole)}
        options={EDITION_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      />
      <div className="enrolment-fields">
        <TextField label={t('enrolments.form.name')} name="name" autoComplete="off" required error={error('name')} />
        <TextField label={t('enrolments.form.email')} name="email" type="email" inputMode="email" autoCapitalize="none" spellCheck={false} required error={error('email')} />
        <TextField
          label={forParticipant ? t('enrolments.form.organisation') : t('enrolments.form.organisationOptional')}
          name="organisation"
          required={forParticipant}
          error={error('organisation')}
        />
        <TextField label={t('enrolments.form.region')} name="region" error={error('region')} />
      </div>
      <RadioGroup
        legend={t('enrolments.form.locale')}
        name="locale"
        options={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value }))}
        value={locale}
        onChange={setLocale}
      />
      {forParticipant && (
        <div className="enrolment-fields">
          <TextField label={t('enrolments.form.directorEmail')} name="directorEmail" type="email" inputMode="email" autoCapitalize="none" error={error('directorEmail')} />
          <TextField label={t('enrolments.form.directorName')} hint={t('enrolments.form.directorNameHint')} name="directorName" error={error('directorName')} />
          <TextField label={t('enrolments.form.challengeTitle')} name="challengeTitle" error={error('challengeTitle')} />
        </div>
      )}
      {linksParticipant && (
        <div className="enrolment-fields">
          <TextField
            label={role === 'director' ? t('enrolments.form.participantEmailOptional') : t('enrolments.form.participantEmail')}
            name="participantEmail"
            type="email"
            inputMode="email"
            autoCapitalize="none"
            required={role === 'internal_team_member'}
            error={error('participantEmail')}
          />
          {role === 'internal_team_member' && <TextField label={t('enrolments.form.roleInOrganisation')} name="roleInOrganisation" error={error('roleInOrganisation')} />}
          {role === 'director' && asksToReplace && (
            <CheckboxField label={t('enrolments.form.replaceDirector')} checked={replaceDirector} onChange={(event) => setReplaceDirector(event.target.checked)} />
          )}
        </div>
      )}
      <div className="form__actions">
        <Button type="submit" busy={enrol.isPending}>
          {enrol.isPending ? t('enrolments.busy') : t('enrolments.form.submit')}
        </Button>
      </div>
    </form>
  );
}
