import { useId, useRef, useState, type FormEvent } from 'react';
import { API_TOKEN_SCOPES, MAX_API_TOKEN_NAME_LENGTH, type ApiTokenScope } from '@koers/shared/api-tokens';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import type { useCreateApiToken } from '../api/create-token';

/** How long a new token lives; a year is the most the API allows. */
const LIFETIMES_IN_DAYS = [30, 90, 365] as const;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * A new token: its name, what it may do and how long it lives; the token is shown once, here. The page holds the
 * mutation, so revoking the token just made takes its secret off the screen too.
 */
export function CreateTokenForm({ create }: { create: ReturnType<typeof useCreateApiToken> }) {
  const t = useT();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<ApiTokenScope>('read');
  const [nameError, setNameError] = useState<string>();
  const problems = fieldErrors(create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    create.reset();
    if (!name) {
      setNameError(t('apiTokens.nameRequired'));
      return nameRef.current?.focus();
    }
    setNameError(undefined);
    // To the minute: the same form sent twice at once is then the same request, which the API client sends once.
    const expiresAt = new Date(Math.floor((Date.now() + Number(data.get('lifetime')) * DAY_MS) / MINUTE_MS) * MINUTE_MS).toISOString();
    create.mutate({ name, scope, expiresAt }, { onSuccess: () => form.reset() });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        ref={nameRef}
        label={t('apiTokens.name')}
        hint={t('apiTokens.nameHint')}
        name="name"
        maxLength={MAX_API_TOKEN_NAME_LENGTH}
        autoComplete="off"
        required
        error={nameError ?? problems.name}
      />
      <RadioGroup
        legend={t('apiTokens.scope')}
        name={`${id}-scope`}
        options={API_TOKEN_SCOPES.map((value) => ({ value, label: t(`apiToken.scope.${value}`) }))}
        value={scope}
        onChange={setScope}
      />
      <SelectField
        label={t('apiTokens.lifetime')}
        name="lifetime"
        defaultValue="90"
        options={LIFETIMES_IN_DAYS.map((days) => ({ value: String(days), label: t('apiTokens.lifetime.days', { count: days }) }))}
      />
      {create.isError && !problems.name && <Alert tone="error">{errorMessage(create.error, t)}</Alert>}
      <div aria-live="polite">
        {create.isSuccess && (
          <Alert tone="success" live="off" title={t('apiTokens.created')}>
            <p>{t('apiTokens.createdHint')}</p>
            <TextField label={t('apiTokens.token')} name="token" value={create.data.token} readOnly onFocus={(event) => event.currentTarget.select()} />
          </Alert>
        )}
      </div>
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          {t('apiTokens.create')}
        </Button>
      </div>
    </form>
  );
}
