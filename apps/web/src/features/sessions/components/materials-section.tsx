import { LOCALE_TAGS, type Locale } from '@koers/shared/domain';
import type { SessionMaterial } from '@koers/shared/sessions';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useI18n } from '../../../lib/i18n';
import { useDeleteMaterial } from '../api/delete-material';
import { useUploadMaterial } from '../api/upload-material';
import { materialUrl } from '../material-links';

const MAX_BYTES = 25 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp';

function fileSize(bytes: number, language: Locale): string {
  const format = (value: number) => new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits: 1 }).format(value);
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** The session's files; those who record it upload (PDF, Office, images up to 25 MB) and delete them. */
export function MaterialsSection({ sessionId, materials, canRecord }: { sessionId: string; materials: SessionMaterial[]; canRecord: boolean }) {
  const { t, language } = useI18n();
  const remove = useDeleteMaterial(sessionId);
  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">{t('sessions.materials.title')}</h2>
      {materials.length === 0 ? (
        <p>{t('sessions.materials.none')}</p>
      ) : (
        <ul className="material-list">
          {materials.map((material) => (
            <li key={material.id}>
              <a href={materialUrl(sessionId, material.id)} download>
                {material.fileName}
              </a>{' '}
              <span className="material-list__meta">
                ({fileSize(material.sizeBytes, language)}, <DateText value={material.uploadedAt} format="date" />)
              </span>
              {canRecord && (
                <Button variant="quiet" busy={remove.isPending && remove.variables === material.id} onClick={() => remove.mutate(material.id)}>
                  {t('sessions.materials.delete')}
                  <span className="visually-hidden"> {material.fileName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      {canRecord && <UploadForm sessionId={sessionId} />}
    </section>
  );
}

function UploadForm({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const id = useId();
  const upload = useUploadMaterial(sessionId);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const file = input.current?.files?.[0];
    // The server checks again; the size check only spares a long upload that would be refused.
    const local = !file ? t('sessions.materials.chooseFile') : file.size > MAX_BYTES ? t('sessions.materials.tooLarge') : null;
    setProblem(local);
    if (!file || local) return;
    upload.mutate(file, {
      onSuccess: (material) => {
        setDone(t('sessions.materials.uploaded', { name: material.fileName }));
        if (input.current) input.current.value = '';
      },
    });
  };
  const error = problem ?? (upload.isError ? errorMessage(upload.error, t) : null);

  return (
    <form className="form subform" noValidate onSubmit={submit}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('sessions.materials.file')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('sessions.materials.hint')}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          className="field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={() => setProblem(null)}
        />
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      {done && <Alert tone="success">{done}</Alert>}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={upload.isPending}>
          {upload.isPending ? t('sessions.materials.uploading') : t('sessions.materials.upload')}
        </Button>
      </div>
    </form>
  );
}
