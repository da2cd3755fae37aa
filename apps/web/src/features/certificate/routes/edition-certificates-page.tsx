import { MAX_REVOCATION_REASON_LENGTH, type IssuedCertificateSummary } from '@koers/shared/completion';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender, useInlineForm } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { useEditionCertificates, useRevokeCertificate } from '../api/edition-certificates';
import '../certificate.css';

/** The programme office's list of an edition's certificates, where one issued in error is withdrawn with a reason. */
export function EditionCertificatesPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  const certificates = useEditionCertificates(editionId);
  const [announcement, setAnnouncement] = useState<string>();
  usePageTitle(certificates.data ? t('certificate.office.title', { edition: certificates.data.editionName }) : t('certificate.office.titlePlain'));

  if (certificates.isPending) return <p role="status">{t('app.loading')}</p>;
  if (certificates.isError) return <PageError title={t('certificate.office.titlePlain')} error={certificates.error} onRetry={() => void certificates.refetch()} />;
  return (
    <>
      <p>
        <Link to={editionPath(editionId)}>{t('certificate.office.back', { edition: certificates.data.editionName })}</Link>
      </p>
      <h1>{t('certificate.office.title', { edition: certificates.data.editionName })}</h1>
      <p>{t('certificate.office.intro')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {certificates.data.certificates.length === 0 ? (
        <p>{t('certificate.office.none')}</p>
      ) : (
        <ul className="card-list">
          {certificates.data.certificates.map((certificate) => (
            <IssuedCertificate key={certificate.id} editionId={editionId} certificate={certificate} onRevoked={setAnnouncement} />
          ))}
        </ul>
      )}
    </>
  );
}

function IssuedCertificate({ editionId, certificate, onRevoked }: { editionId: string; certificate: IssuedCertificateSummary; onRevoked: (message: string) => void }) {
  const t = useT();
  const revoke = useRevokeCertificate(editionId);
  const { editing: revoking, edit: setRevoking, formRef, openerRef } = useInlineForm<HTMLFormElement>();
  const [problem, setProblem] = useState<string>();
  const headingId = `certificate-${certificate.id}`;
  // Withdrawn, the form and its button are gone: the certificate's heading takes focus, its new status just below.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    setProblem(reason ? undefined : t('certificate.office.reasonRequired'));
    if (!reason) return;
    revoke.mutate(
      { certificateId: certificate.id, reason },
      {
        onSuccess: () => {
          onRevoked(t('certificate.office.revokedNow', { name: certificate.participantName }));
          focusAfterRender(() => heading.current);
        },
      },
    );
  };

  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="card__title">
        {certificate.participantName}
      </h2>
      <dl className="term-list">
        <dt>{t('certificate.verify.code')}</dt>
        <dd>
          <code>{certificate.verificationCode}</code>
        </dd>
        <dt>{t('certificate.office.issuedAt')}</dt>
        <dd>
          <DateText value={certificate.issuedAt} />
        </dd>
        <dt>{t('certificate.office.status')}</dt>
        <dd>
          {certificate.revoked ? (
            <>
              {t('certificate.office.revokedOn')} <DateText value={certificate.revoked.revokedAt} />: {certificate.revoked.reason}
            </>
          ) : (
            t('certificate.office.valid')
          )}
        </dd>
      </dl>
      {!certificate.revoked &&
        (revoking ? (
          <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
            {(problem || revoke.isError) && <Alert tone="error">{problem ?? errorMessage(revoke.error, t)}</Alert>}
            <TextField label={t('certificate.office.reason')} hint={t('certificate.office.reasonHint')} name="reason" maxLength={MAX_REVOCATION_REASON_LENGTH} required />
            <div className="form__actions">
              <Button type="submit" className="button--danger" busy={revoke.isPending}>
                {t('certificate.office.revokeConfirm')}
              </Button>
              <Button variant="secondary" onClick={() => setRevoking(false)}>
                {t('certificate.office.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="form__actions">
            <Button ref={openerRef} variant="secondary" onClick={() => setRevoking(true)}>
              {t('certificate.office.revoke', { name: certificate.participantName })}
            </Button>
          </div>
        ))}
    </li>
  );
}
