import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { exportJsonUrl, exportZipUrl } from '../api/export-links';

/** Everyone's own page for their personal data (AVG/GDPR): what Koers keeps, a download of all of it, how to have it erased. */
export function MyDataPage() {
  const t = useT();
  usePageTitle(t('privacy.myData.title'));

  return (
    <div className="narrow">
      <h1>{t('privacy.myData.title')}</h1>
      <p>{t('privacy.myData.intro')}</p>
      <section aria-labelledby="my-data-download">
        <h2 id="my-data-download">{t('privacy.myData.download.title')}</h2>
        <p>{t('privacy.myData.zip.body')}</p>
        <p>
          <a className="button button--primary" href={exportZipUrl} download>
            {t('privacy.myData.zip.download')}
          </a>
        </p>
        <p>{t('privacy.myData.json.body')}</p>
        <p>
          <a className="button button--secondary" href={exportJsonUrl} download>
            {t('privacy.myData.json.download')}
          </a>
        </p>
        <p className="notice">{t('privacy.myData.secrets')}</p>
      </section>
      <section aria-labelledby="my-data-erase">
        <h2 id="my-data-erase">{t('privacy.myData.erase.title')}</h2>
        <p>{t('privacy.myData.erase.body')}</p>
      </section>
    </div>
  );
}
