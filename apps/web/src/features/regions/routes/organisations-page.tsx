import { MAX_SEARCH_LENGTH } from '@koers/shared/api';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
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

/** How long typing pauses before the organisations are searched. */
const TYPING_PAUSE_MS = 250;

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
  // The box shows what is typed at once; the address, and with it the search, follows once typing pauses. Bound to
  // the address directly, every key waited for a navigation, and keys typed meanwhile were lost (most, on a tablet).
  const [typed, setTyped] = useState(search);
  const searched = useRef(search);
  const searchTyped = useEffectEvent(() => {
    searched.current = typed;
    goTo(typed, 1);
  });
  useEffect(() => {
    if (typed === search) return;
    const pause = window.setTimeout(searchTyped, TYPING_PAUSE_MS);
    return () => window.clearTimeout(pause);
  }, [typed, search]);
  // An address the box did not make (the browser's back button, a link) shows its own search.
  useEffect(() => {
    if (search !== searched.current) {
      searched.current = search;
      setTyped(search);
    }
  }, [search]);

  return (
    <>
      <h1>{t('regions.organisations.title')}</h1>
      <p>{t('regions.organisations.intro')}</p>
      <TextField label={t('regions.organisations.search')} name="zoek" type="search" maxLength={MAX_SEARCH_LENGTH} value={typed} onChange={(event) => setTyped(event.target.value)} />
      {setRegion.isError && <Alert tone="error">{errorMessage(setRegion.error, t)}</Alert>}
      {organisations.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : organisations.isError ? (
        <Alert tone="error">{errorMessage(organisations.error, t)}</Alert>
      ) : organisations.data.total === 0 ? (
        <p>{t('regions.organisations.empty')}</p>
      ) : organisations.data.items.length === 0 ? null : (
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
