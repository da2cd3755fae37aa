import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { CompletionCard } from '../components/completion-card';
import '../certificate.css';

/** A participant's progress towards completing each of their editions, and their certificate. */
export function CertificatePage() {
  const t = useT();
  usePageTitle(t('certificate.title'));
  const me = useCurrentPerson();
  const editions = [...editionsWhere(me, 'completion.own')];

  return (
    <>
      <h1>{t('certificate.title')}</h1>
      <p>{t('certificate.intro')}</p>
      {editions.length === 0 && <p>{t('certificate.none')}</p>}
      {editions.map(([editionId, editionName]) => (
        <CompletionCard key={editionId} editionId={editionId} editionName={editionName} />
      ))}
    </>
  );
}
