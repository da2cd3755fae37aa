import { useRef, type FormEvent } from 'react';
import { MAX_PERSON_NAME_LENGTH } from '@koers/shared/people';
import type { PersonSummary } from '@koers/shared/privacy';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { TextField } from '../../../components/text-field';
import { ModalDialog } from '../../../components/modal-dialog';
import { errorMessage, fieldErrors, formErrorMessage } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useCorrectPerson, usePersonChanges } from '../api/correct-person';
import { PersonApiTokens } from './person-api-tokens';

interface EditPersonDialogProps {
  person: PersonSummary;
  onClose: () => void;
  onSaved: (person: PersonSummary) => void;
}

/** Corrects a person's name, email or organisation (a garbled import, a new address) and shows every earlier correction. */
export function EditPersonDialog({ person, onClose, onSaved }: EditPersonDialogProps) {
  const t = useT();
  const nameRef = useRef<HTMLInputElement>(null);
  const correct = useCorrectPerson();
  const changes = usePersonChanges(person.id);
  const problems = fieldErrors(correct.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (correct.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (field: string) => String(form.get(field) ?? '');
    correct.mutate(
      { personId: person.id, name: text('name'), email: text('email'), organisation: text('organisation').trim() || null },
      { onSuccess: onSaved, onError: () => focusFirstInvalid(formElement) },
    );
  };

  return (
    <ModalDialog
      initialFocus={nameRef}
      aria-labelledby="edit-person-title"
      onCancel={() => {
        if (!correct.isPending) onClose();
      }}
    >
      <h2 id="edit-person-title" className="dialog__title">
        {t('privacy.edit.title', { name: person.name })}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        {correct.isError && <Alert tone="error">{formErrorMessage(correct.error, t)}</Alert>}
        <TextField
          ref={nameRef}
          label={t('privacy.edit.name')}
          hint={t('privacy.edit.nameHint')}
          name="name"
          defaultValue={person.name}
          maxLength={MAX_PERSON_NAME_LENGTH}
          required
          error={problems.name}
        />
        <TextField
          label={t('privacy.edit.email')}
          hint={t('privacy.edit.emailHint')}
          name="email"
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={person.email}
          required
          error={problems.email}
        />
        <TextField label={t('privacy.edit.organisation')} name="organisation" defaultValue={person.organisationName ?? ''} error={problems.organisation} />
        <div className="form__actions dialog__actions">
          <Button variant="secondary" onClick={onClose} disabled={correct.isPending}>
            {t('privacy.edit.cancel')}
          </Button>
          <Button type="submit" busy={correct.isPending}>
            {t('privacy.edit.save')}
          </Button>
        </div>
      </form>
      <h3>{t('privacy.edit.history')}</h3>
      {changes.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : changes.isError ? (
        <Alert tone="error">{errorMessage(changes.error, t)}</Alert>
      ) : changes.data.items.length === 0 ? (
        <p>{t('privacy.edit.noHistory')}</p>
      ) : (
        <ul className="dialog__list">
          {changes.data.items.map((change) => (
            <li key={change.id}>
              <DateText value={change.changedAt} format="dateTime" /> ·{' '}
              {t('privacy.edit.change', {
                field: t(`privacy.edit.field.${change.field}`),
                old: change.oldValue ?? '–',
                new: change.newValue ?? '–',
                by: change.changedByName ?? t('privacy.edit.unknownChanger'),
              })}
            </li>
          ))}
        </ul>
      )}
      <PersonApiTokens personId={person.id} />
    </ModalDialog>
  );
}
