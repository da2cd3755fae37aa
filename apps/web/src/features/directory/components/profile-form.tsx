import { DIRECTORY_LIMITS, type DirectoryProfile } from '@koers/shared/directory';
import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { useSaveDirectoryProfile } from '../api/directory-profile';

/** The viewer's own entry: an introduction, or hiding themselves from every who's who. */
export function ProfileForm({ profile }: { profile: DirectoryProfile }) {
  const t = useT();
  const id = useId();
  const save = useSaveDirectoryProfile();
  const [introduction, setIntroduction] = useState(profile.introduction ?? '');
  const [hidden, setHidden] = useState(profile.hidden);
  const [alumni, setAlumni] = useState(profile.alumni);
  const errors = fieldErrors(save.error);
  const offersAlumni = canSomewhere(viewerOf(useCurrentPerson()), { permission: 'directory.alumni.findable', personal: true });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ introduction: introduction.trim() || null, hidden, alumni });
  };

  return (
    <form className="form directory-profile" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('directory.profile.title')}</h2>
      <TextAreaField
        name="introduction"
        label={t('directory.profile.introduction')}
        hint={t('directory.profile.introductionHint')}
        value={introduction}
        maxLength={DIRECTORY_LIMITS.introduction}
        rows={3}
        error={errors.introduction}
        onChange={(event) => setIntroduction(event.target.value)}
      />
      <CheckboxField label={t('directory.profile.hidden')} hint={t('directory.profile.hiddenHint')} checked={hidden} onChange={(event) => setHidden(event.target.checked)} />
      {offersAlumni && (
        <CheckboxField label={t('directory.profile.alumni')} hint={t('directory.profile.alumniHint')} checked={alumni} onChange={(event) => setAlumni(event.target.checked)} />
      )}
      {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
      {save.isSuccess && (
        <Alert tone="success">
          {t('directory.profile.saved')}
        </Alert>
      )}
      <Button type="submit" busy={save.isPending}>
        {t('directory.profile.save')}
      </Button>
    </form>
  );
}
