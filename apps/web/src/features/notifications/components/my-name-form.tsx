import { useState, type FormEvent } from 'react';
import { MAX_PERSON_NAME_LENGTH } from '@koers/shared/people';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useCurrentPerson } from '../../../lib/session';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useSaveMyName } from '../api/save-my-name';

/** One's own name as Koers shows it and mails it; the programme office corrects the email address. */
export function MyNameForm() {
  const t = useT();
  const me = useCurrentPerson();
  const save = useSaveMyName();
  const [name, setName] = useState(me.name);
  const [error, setError] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const missing = name.trim() === '' ? t('notifications.settings.nameRequired') : undefined;
    setError(missing);
    save.reset();
    const form = event.currentTarget;
    if (missing) return focusFirstInvalid(form);
    save.mutate({ name }, { onError: () => focusFirstInvalid(form) });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('notifications.settings.name')}
        hint={t('notifications.settings.nameHint')}
        name="name"
        autoComplete="name"
        maxLength={MAX_PERSON_NAME_LENGTH}
        required
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          save.reset();
        }}
        error={error ?? fieldErrors(save.error).name}
      />
      <div aria-live="polite">{save.isSuccess && <Alert tone="success" live="off">{t('notifications.settings.nameSaved')}</Alert>}</div>
      {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          {t('notifications.settings.nameSave')}
        </Button>
      </div>
    </form>
  );
}
