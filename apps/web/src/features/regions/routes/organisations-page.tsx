import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Pager } from '../../../components/pager';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { ORGANISATIONS_PAGE_SIZE, useOrganisations } from '../api/list-organisations';
import { useRegions } from '../api/list-regions';
import { useSetOrganisationRegion } from '../api/set-organisation-region';
import '../regions.css';

/** The programme office: every organisation, searchable, and the region each belongs to (saved on choosing). */
export function OrganisationsPage() {
  const t = useT();
  usePageTitle(t('regions.organisations.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const organisations = useOrganisations(search, page);
  const regions = useRegions();
  const setRegion = useSetOrganisationRegion();
  const regionOptions = [{ value: '', label: t('regions.organisations.noRegion') }, ...(regions.data ?? []).map((region) => ({ value: region.id, label: region.name }))];
  const goTo = (zoek: string, pagina: number) => setParams({ ...(zoek ? { zoek } : {}), ...(pagina > 1 ? { pagina: String(pagina) } : {}) });

  return (
    <>
      <h1>{t('regions.organisations.title')}</h1>
      <p>{t('regions.organisations.intro')}</p>
      <TextField label={t('regions.organisations.search')} name="zoek" type="search" value={search} onChange={(event) => goTo(event.target.value, 1)} />
      {setRegion.isError && <Alert tone="error">{errorMessage(setRegion.error, t)}</Alert>}
      {organisations.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : organisations.isError ? (
        <Alert tone="error">{errorMessage(organisations.error, t)}</Alert>
      ) : organisations.data.items.length === 0 ? (
        <p>{t('regions.organisations.empty')}</p>
      ) : (
        <ul className="organisation-regions">
          {organisations.data.items.map((organisation) => (
            <li key={organisation.id} className="organisation-regions__item">
              <p className="organisation-regions__name">
                <strong>{organisation.name}</strong>
                <span>{t('regions.organisations.people', { count: organisation.people })}</span>
              </p>
              <SelectField
                label={t('regions.organisations.region', { organisation: organisation.name })}
                name={`region-${organisation.id}`}
                value={organisation.networkRegion?.id ?? ''}
                disabled={setRegion.isPending && setRegion.variables?.organisationId === organisation.id}
                onChange={(event) => setRegion.mutate({ organisationId: organisation.id, regionId: event.target.value || null })}
                options={regionOptions}
              />
            </li>
          ))}
        </ul>
      )}
      {organisations.data && (
        <Pager
          page={page}
          pageSize={ORGANISATIONS_PAGE_SIZE}
          total={organisations.data.total}
          label={t('regions.organisations.title')}
          onPage={(next) => goTo(search, next)}
        />
      )}
    </>
  );
}
