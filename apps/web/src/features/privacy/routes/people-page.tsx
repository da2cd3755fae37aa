import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ErasePersonResponse, PersonSummary } from '@koers/shared/privacy';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { SearchForm } from '../../../components/search-form';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useLoginProviders } from '../../../lib/login-providers';
import { usePageTitle } from '../../../lib/page-title';
import { useSearchPeople } from '../api/search-people';
import { EditPersonDialog } from '../components/edit-person-dialog';
import { ErasePersonDialog } from '../components/erase-person-dialog';

const SEARCH_PARAM = 'zoek';
const PAGE_PARAM = 'pagina';

/** The programme office's list of people (searchable, paginated), where a person is corrected or their data erased. */
export function PeoplePage() {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  usePageTitle(t('privacy.people.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get(SEARCH_PARAM) ?? '';
  const page = Math.max(1, Number(params.get(PAGE_PARAM)) || 1);
  const people = useSearchPeople(search, page);
  const providers = useLoginProviders();
  const providerLabel = (name: string) => providers.data?.find((provider) => provider.name === name)?.label ?? name;
  const [erasing, setErasing] = useState<PersonSummary | null>(null);
  const [erased, setErased] = useState<{ result: ErasePersonResponse; name: string } | null>(null);
  const [editing, setEditing] = useState<PersonSummary | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const go = (next: { search?: string; page?: number }) => {
    const query = new URLSearchParams();
    const nextSearch = next.search ?? search;
    if (nextSearch) query.set(SEARCH_PARAM, nextSearch);
    if ((next.page ?? 1) > 1) query.set(PAGE_PARAM, String(next.page));
    setParams(query);
  };

  const onSearch = (text: string) => {
    setErased(null);
    setSaved(null);
    go({ search: text, page: 1 });
  };

  const onErased = (result: ErasePersonResponse, person: PersonSummary) => {
    setErasing(null);
    setErased({ result, name: person.name });
    // The erased person's row (and its button) is gone: focus goes to the message that says what happened.
    focusAfterRender(() => doneRef.current);
  };

  const data = people.data;

  return (
    <>
      <h1>{t('privacy.people.title')}</h1>
      <p>{t('privacy.people.intro')}</p>
      <SearchForm label={t('privacy.people.search')} submitLabel={t('privacy.people.searchSubmit')} value={search} onSearch={onSearch} />

      {erased && (
        <Alert tone="success" ref={doneRef}>
          {t('privacy.people.erased', {
            name: erased.name,
            files: erased.result.filesRemoved,
            attendance: erased.result.attendanceKept,
          })}
        </Alert>
      )}

      <div role="status">{saved && <Alert tone="success" live="off">{t('privacy.people.saved', { name: saved })}</Alert>}</div>

      {people.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : people.isError ? (
        <Alert tone="error">{errorMessage(people.error, t)}</Alert>
      ) : (
        <section aria-labelledby="people-results" aria-busy={people.isFetching || undefined}>
          <h2 id="people-results" className="visually-hidden">
            {t('privacy.people.results')}
          </h2>
          <p role="status">{data!.total === 1 ? t('privacy.people.countOne') : t('privacy.people.count', { count: data!.total })}</p>
          <ul className="card-list card-list--wide">
            {data!.items.map((person) => (
              <li key={person.id} className="card">
                <div className="card__body">
                  <span className="card__title">{person.name}</span>
                  <span className="card__meta">{person.email}</span>
                  {person.organisationName && <span className="card__meta">{person.organisationName}</span>}
                  <span className="badges">
                    {person.isAdmin && <span className="badge">{t('role.admin')}</span>}
                    {person.enrolments.map((enrolment) => (
                      <span key={`${enrolment.editionId}-${enrolment.role}`} className="badge">
                        {t(`role.${enrolment.role}`)} · {enrolment.editionName}
                      </span>
                    ))}
                  </span>
                  <span className="card__meta">
                    {person.lastLogin ? (
                      <>
                        {t('privacy.people.lastLogin')} <DateText value={person.lastLogin.at} />,{' '}
                        {person.lastLogin.provider
                          ? t('privacy.people.loginThrough', { label: providerLabel(person.lastLogin.provider) })
                          : t('privacy.people.loginWithPassword')}
                      </>
                    ) : (
                      t('privacy.people.neverLoggedIn')
                    )}
                  </span>
                </div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(null);
                    setEditing(person);
                  }}
                  aria-label={t('privacy.people.editNamed', { name: person.name })}
                >
                  {t('privacy.people.edit')}
                </Button>
                <Button variant="secondary" onClick={() => setErasing(person)} aria-label={t('privacy.people.eraseNamed', { name: person.name })}>
                  {t('privacy.people.erase')}
                </Button>
              </li>
            ))}
          </ul>
          <Pager page={page} pageSize={data!.pageSize} total={data!.total} label={t('privacy.people.results')} onPage={(next) => go({ page: next })} />
        </section>
      )}

      {editing && (
        <EditPersonDialog
          person={editing}
          onClose={() => setEditing(null)}
          onSaved={(person) => {
            setEditing(null);
            setSaved(person.name);
          }}
        />
      )}
      {erasing && <ErasePersonDialog person={erasing} onCancel={() => setErasing(null)} onErased={onErased} />}
    </>
  );
}
