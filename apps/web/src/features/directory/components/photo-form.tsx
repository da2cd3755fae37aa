import { DIRECTORY_PHOTO_TYPES } from '@koers/shared/directory';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useRemoveDirectoryPhoto, useSaveDirectoryPhoto } from '../api/directory-profile';

/** One's photo in the who's who: choose a JPEG, PNG or WebP (up to 2 MB), or remove it. */
export function PhotoForm({ hasPhoto }: { hasPhoto: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const save = useSaveDirectoryPhoto();
  const remove = useRemoveDirectoryPhoto();
  const [fileMissing, setFileMissing] = useState(false);
  // The file field's own error; a failed removal is no fault of that field.
  const error = fileMissing ? t('directory.photo.required') : save.isError ? errorMessage(save.error, t) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    setFileMissing(!file);
    if (!file) return focusFirstInvalid(form);
    save.mutate(file, { onSuccess: () => input.current && (input.current.value = ''), onError: () => focusFirstInvalid(form) });
  };

  return (
    <form className="form subform" noValidate onSubmit={submit}>
      <TextField
        ref={input}
        label={t('directory.photo.label')}
        hint={t('directory.photo.hint')}
        name="photo"
        type="file"
        accept={DIRECTORY_PHOTO_TYPES.join(',')}
        error={error}
        onChange={() => setFileMissing(false)}
      />
      {save.isSuccess && <Alert tone="success">{t('directory.photo.saved')}</Alert>}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {t('directory.photo.upload')}
        </Button>
        {hasPhoto && (
          <Button variant="quiet" busy={remove.isPending} onClick={() => remove.mutate()}>
            {t('directory.photo.remove')}
          </Button>
        )}
      </div>
    </form>
  );
}
