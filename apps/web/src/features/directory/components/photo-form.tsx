import { DIRECTORY_PHOTO_TYPES } from '@koers/shared/directory';
import { useId, useRef, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useRemoveDirectoryPhoto, useSaveDirectoryPhoto } from '../api/directory-profile';

/** One's photo in the who's who: choose a JPEG, PNG or WebP (up to 2 MB), or remove it. */
export function PhotoForm({ hasPhoto }: { hasPhoto: boolean }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const save = useSaveDirectoryPhoto();
  const remove = useRemoveDirectoryPhoto();
  const error = save.isError ? errorMessage(save.error, t) : remove.isError ? errorMessage(remove.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file) save.mutate(file, { onSuccess: () => input.current && (input.current.value = '') });
  };

  return (
    <form className="form subform" noValidate onSubmit={submit}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-photo`}>
          {t('directory.photo.label')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('directory.photo.hint')}
        </p>
        <input
          ref={input}
          id={`${id}-photo`}
          type="file"
          accept={DIRECTORY_PHOTO_TYPES.join(',')}
          className="field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      {save.isSuccess && <Alert tone="success">{t('directory.photo.saved')}</Alert>}
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
