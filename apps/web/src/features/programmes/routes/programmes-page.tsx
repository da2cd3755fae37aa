import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { programmePath } from '../../../lib/paths';
import { useCreateProgramme } from '../api/create-programme';
import { useProgrammes } from '../../../lib/programmes';
import '../programmes.css';

/** The programme office's programmes, each with the size of its curriculum template; a new one starts empty. */
export function ProgrammesPage() {
  const t = useT();
  usePageTitle(t('programmes.title'));
  const programmes = useProgrammes();

  return (
    <>
      <h1>{t('programmes.title')}</h1>
      <p>{t('programmes.intro')}</p>
      {programmes.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : programmes.isError ? (
        <Alert tone="error">{errorMessage(programmes.error, t)}</Alert>
      ) : programmes.data.length === 0 ? (
        <p>{t('programmes.none')}</p>
      ) : (
        <ul className="card-list card-list--wide">
          {programmes.data.map((programme) => (
            <li key={programme.id} className="card">
              <div className="card__body">
                <Link className="card__title" to={programmePath(programme.id)}>
                  {programme.name}
                </Link>
                <span className="card__meta">
                  {programme.code} ·{' '}
                  {t('programmes.counts', {
                    slots: t('programmes.counts.slots', { count: programme.slotCount }),
                    assignments: t('programmes.counts.assignments', { count: programme.assignmentTemplateCount }),
                    editions: t('programmes.counts.editions', { count: programme.editionCount }),
                  })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewProgrammeForm />
    </>
  );
}

function NewProgrammeForm() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const [errors, setErrors] = useState<{ code?: string; name?: string }>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const server = fieldErrors(create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const code = String(form.get('code') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    const found = { code: code ? undefined : t('programmes.new.codeRequired'), name: name ? undefined : t('programmes.new.nameRequired') };
    setErrors(found);
    if (found.code) return codeRef.current?.focus();
    if (found.name) return nameRef.current?.focus();
    create.mutate({ code, name }, { onSuccess: (programme) => navigate(programmePath(programme.id)) });
  };

  return (
    <section aria-labelledby="new-programme">
      <h2 id="new-programme">{t('programmes.new.title')}</h2>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {create.isError && <Alert tone="error">{errorMessage(create.error, t)}</Alert>}
        <TextField ref={codeRef} label={t('programmes.new.code')} hint={t('programmes.new.codeHint')} name="code" required error={errors.code ?? server.code} />
        <TextField ref={nameRef} label={t('programmes.new.name')} name="name" required error={errors.name ?? server.name} />
        <div className="form__actions">
          <Button type="submit" busy={create.isPending}>
            {create.isPending ? t('programmes.saving') : t('programmes.new.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
