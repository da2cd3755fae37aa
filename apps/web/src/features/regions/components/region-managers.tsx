import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useAssignRegionManager } from '../api/assign-region-manager';
import { useRegionManagers } from '../api/region-managers';
import { useRemoveRegionManager } from '../api/remove-region-manager';

/** The programme office: who is regional programme manager of the region, adding one by their account's email. */
export function RegionManagers({ regionId, regionName }: { regionId: string; regionName: string }) {
  const t = useT();
  const managers = useRegionManagers(regionId);
  const assign = useAssignRegionManager(regionId);
  const remove = useRemoveRegionManager(regionId);
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget;
    assign.mutate(email, { onSuccess: () => setEmail(''), onError: () => focusFirstInvalid(form) });
  };
  const emailError = fieldErrors(assign.error).email;

  return (
    <section className="region-managers" aria-labelledby="region-managers-heading">
      <h2 id="region-managers-heading">{t('regions.managers.title', { region: regionName })}</h2>
      {managers.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : managers.isError ? (
        <Alert tone="error">{errorMessage(managers.error, t)}</Alert>
      ) : managers.data.length === 0 ? (
        <p>{t('regions.managers.none')}</p>
      ) : (
        <ul className="region-managers__list">
          {managers.data.map((manager) => (
            <li key={manager.personId}>
              <span>
                {manager.name} <span className="region-managers__email">{manager.email}</span>
              </span>
              <Button variant="secondary" busy={remove.isPending && remove.variables === manager.personId} onClick={() => remove.mutate(manager.personId)}>
                {t('regions.managers.remove', { name: manager.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      <form className="region-managers__form" onSubmit={submit} noValidate>
        <TextField
          label={t('regions.managers.email')}
          hint={t('regions.managers.emailHint')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={emailError}
          required
        />
        {assign.isError && !emailError && <Alert tone="error">{errorMessage(assign.error, t)}</Alert>}
        <Button type="submit" busy={assign.isPending}>
          {t('regions.managers.add')}
        </Button>
      </form>
    </section>
  );
}
