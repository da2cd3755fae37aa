import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Pager } from '../../../components/pager';
import { SelectField } from '../../../components/select-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { useRegions } from '../api/list-regions';
import { REGION_PAGE_SIZE, useRegionOverview } from '../api/region-overview';
import { RegionManagers } from '../components/region-managers';
import { RegionMeasurementsSection } from '../components/region-measurements';
import { RegionOverviewTable } from '../components/region-overview-table';
import '../regions.css';

/**
 * Regio: a regional programme manager's view of their region's organisations (the programme office sees every region
 * and decides who manages it). The chosen region and page live in the URL (`?regio=&pagina=`).
 */
export function RegionPage() {
  const t = useT();
  usePageTitle(t('regions.title'));
  const me = useCurrentPerson();
  const [params, setParams] = useSearchParams();
  const regions = useRegions();
  const regionId = params.get('regio') ?? regions.data?.[0]?.id;
  const region = regions.data?.find((candidate) => candidate.id === regionId);
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const overview = useRegionOverview(region?.id, page);
  const managesRegions = canSomewhere(viewerOf(me), { permission: 'regions.manage' });
  const goTo = (changes: { regio?: string; pagina?: number }) =>
    setParams({ regio: changes.regio ?? regionId ?? '', ...(changes.pagina && changes.pagina > 1 ? { pagina: String(changes.pagina) } : {}) });

  return (
    <>
      <h1>{t('regions.title')}</h1>
      <p>{t('regions.intro')}</p>
      {regions.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : regions.isError ? (
        <Alert tone="error">{errorMessage(regions.error, t)}</Alert>
      ) : regions.data.length === 0 ? (
        <p>{t('regions.none')}</p>
      ) : !region ? (
        <Alert tone="error">{t('regions.notVisible')}</Alert>
      ) : (
        <>
          {regions.data.length > 1 && (
            <SelectField
              label={t('regions.choose')}
              name="regio"
              value={region.id}
              onChange={(event) => goTo({ regio: event.target.value })}
              options={regions.data.map((option) => ({ value: option.id, label: t('regions.option', { region: option.name, count: option.organisations }) }))}
            />
          )}
          {overview.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : overview.isError ? (
            <Alert tone="error">{errorMessage(overview.error, t)}</Alert>
          ) : (
            <>
              <RegionOverviewTable overview={overview.data} />
              <Pager
                page={page}
                pageSize={REGION_PAGE_SIZE}
                total={overview.data.organisations.total}
                label={t('regions.overview.caption', { region: region.name })}
                onPage={(pagina) => goTo({ pagina })}
              />
            </>
          )}
          <RegionMeasurementsSection regionId={region.id} />
          {managesRegions && <RegionManagers regionId={region.id} regionName={region.name} />}
        </>
      )}
    </>
  );
}
