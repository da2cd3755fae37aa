import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { LOCALES, type Locale } from '@koers/shared/domain';
import type { NotificationPreferences } from '@koers/shared/notifications';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { RadioGroup } from '../../../components/radio-group';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { LANGUAGE_NAMES, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { usePreferences } from '../api/get-preferences';
import { useSavePreferences } from '../api/save-preferences';
import { MyNameForm } from '../components/my-name-form';
import '../notifications.css';

/** Each person's own choices about mail: reminders on or off, and the language Koers writes to them in. */
export function MySettingsPage() {
  const t = useT();
  usePageTitle(t('notifications.settings.title'));
  const preferences = usePreferences();

  return (
    <div className="narrow">
      <h1>{t('notifications.settings.title')}</h1>
      <p>{t('notifications.settings.intro')}</p>
      {preferences.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : preferences.isError ? (
        <Alert tone="error">{errorMessage(preferences.error, t)}</Alert>
      ) : (
        <PreferencesForm saved={preferences.data} />
      )}
      <h2>{t('notifications.settings.nameTitle')}</h2>
      <MyNameForm />
      <h2>{t('notifications.settings.passwordTitle')}</h2>
      <p>
        <Link to={paths.changePassword}>{t('notifications.settings.changePassword')}</Link>
      </p>
      <h2>{t('notifications.settings.apiTokensTitle')}</h2>
      <p>{t('notifications.settings.apiTokensIntro')}</p>
      <p>
        <Link to={paths.apiTokens}>{t('notifications.settings.apiTokens')}</Link>
      </p>
    </div>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const t = useT();
  const id = useId();
  const save = useSavePreferences();
  const [remindersEnabled, setRemindersEnabled] = useState(saved.remindersEnabled);
  const [locale, setLocale] = useState<Locale>(saved.locale);
  const problems = fieldErrors(save.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!save.isPending) save.mutate({ remindersEnabled, locale });
  };

  return (
    <form className="form mail-settings" noValidate onSubmit={onSubmit}>
      <div className="mail-settings__switch">
        <input
          id={`${id}-reminders`}
          type="checkbox"
          checked={remindersEnabled}
          onChange={(event) => {
            setRemindersEnabled(event.target.checked);
            save.reset();
          }}
          aria-describedby={`${id}-reminders-hint`}
        />
        <div>
          <label htmlFor={`${id}-reminders`} className="field__label">
            {t('notifications.settings.reminders')}
          </label>
          <p id={`${id}-reminders-hint`} className="field__hint">
            {t('notifications.settings.remindersHint')}
          </p>
        </div>
      </div>
      <p className="notice">{t('notifications.settings.always')}</p>

      <RadioGroup
        legend={t('notifications.settings.language')}
        name="locale"
        options={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value }))}
        value={locale}
        onChange={(value) => {
          setLocale(value);
          save.reset();
        }}
        error={problems.locale}
      />

      <div aria-live="polite">{save.isSuccess && <Alert tone="success" live="off">{t('notifications.settings.saved')}</Alert>}</div>
      {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('notifications.settings.saving') : t('notifications.settings.save')}
        </Button>
      </div>
    </form>
  );
}
