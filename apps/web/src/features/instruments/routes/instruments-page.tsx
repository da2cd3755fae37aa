import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useInstruments } from '../api/list-instruments';
import { InstrumentCard } from '../components/instrument-card';
import '../instruments.css';

/** The programme office's measuring instruments (Instrumenten): versions, their statements, drafts and publishing. */
export function InstrumentsPage() {
  const t = useT();
  usePageTitle(t('instruments.title'));
  const instruments = useInstruments();

  return (
    <>
      <h1>{t('instruments.title')}</h1>
      <p>{t('instruments.intro')}</p>
      {instruments.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : instruments.isError ? (
        <Alert tone="error">{errorMessage(instruments.error, t)}</Alert>
      ) : instruments.data.length === 0 ? (
        <p>{t('instruments.empty')}</p>
      ) : (
        instruments.data.map((instrument) => <InstrumentCard key={instrument.id} instrument={instrument} />)
      )}
    </>
  );
}
