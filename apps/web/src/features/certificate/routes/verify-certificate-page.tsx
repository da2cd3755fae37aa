import { normaliseVerificationCode } from '@koers/shared/completion';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';

/** Three groups of four letters and digits, without 0/O and 1/I/L, dashes and spaces optional. */

/**
 * Public: for someone holding a paper certificate. The verdict itself comes from the server page at
 * /verify/:code (outside the app, so the link printed on the certificate works without it).
 */
export function VerifyCertificatePage({ navigate = (url: string) => window.location.assign(url) }: { navigate?: (url: string) => void }) {
  const t = useT();
  usePageTitle(t('certificate.verify.title'));
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normaliseVerificationCode(String(new FormData(event.currentTarget).get('code') ?? ''));
    if (!code) {
      setError(t('certificate.verify.invalid'));
      inputRef.current?.focus();
      return;
    }
    navigate(`/verify/${code}`);
  };

  return (
    <div className="narrow">
      <h1>{t('certificate.verify.title')}</h1>
      <p>{t('certificate.verify.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          ref={inputRef}
          label={t('certificate.verify.code')}
          hint={t('certificate.verify.hint')}
          name="code"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          error={error}
        />
        <div className="form__actions">
          <Button type="submit">{t('certificate.verify.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
