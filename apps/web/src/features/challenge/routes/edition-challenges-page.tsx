import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { participantChallengePath } from '../../../lib/paths';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { CHALLENGES_PAGE_SIZE, useEditionChallenges } from '../api/get-edition-challenges';
import '../challenge.css';

/** The trainers' overview: every participant of an edition with their challenge and how far it is. */
export function EditionChallengesPage() {
  const t = useT();
  usePageTitle(t('challenge.overview.title'));
  const me = useCurrentPerson();
  const [search, setSearch] = useSearchParams();
  const editions = [...editionsWhere(me, 'challenge.read')].map(([editionId, editionName]) => ({ editionId, editionName }));
  const editionId = search.get('editie') ?? editions[0]?.editionId;
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const challenges = useEditionChallenges(editionId, page);
  const pages = challenges.data ? Math.max(1, Math.ceil(challenges.data.total / CHALLENGES_PAGE_SIZE)) : 1;
  const goTo = (next: { editie?: string; pagina?: number }) =>
    setSearch({ editie: next.editie ?? editionId ?? '', pagina: String(next.pagina ?? 1) });

  return (
    <>
      <h1>{t('challenge.overview.title')}</h1>
      {editions.length === 0 && !editionId ? (
        <p>{t('challenge.overview.noEditions')}</p>
      ) : (
        <>
          {editions.length > 1 && (
            <div className="field edition-picker">
              <label className="field__label" htmlFor="overview-edition">
                {t('challenge.edition')}
              </label>
              <select id="overview-edition" className="field__input" value={editionId} onChange={(event) => goTo({ editie: event.target.value })}>
                {editions.map((edition) => (
                  <option key={edition.editionId} value={edition.editionId}>
                    {edition.editionName}
                  </option>
                ))}
              </select>
            </div>
          )}
          {challenges.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : challenges.isError ? (
            <Alert tone="error">{errorMessage(challenges.error, t)}</Alert>
          ) : challenges.data.items.length === 0 ? (
            <p>{t('challenge.overview.empty')}</p>
          ) : (
            <>
              <ul className="challenge-overview" aria-label={t('challenge.overview.listLabel')}>
                {challenges.data.items.map((item) => (
                  <li key={item.enrolmentId} className="challenge-overview__item">
                    <p className="challenge-overview__name">
                      <Link to={participantChallengePath(item.enrolmentId)}>{item.participantName}</Link>
                      {item.organisation && <span className="notice">, {item.organisation}</span>}
                    </p>
                    <p className="challenge-overview__title">{item.title ?? t('challenge.notDescribedYet')}</p>
                    <p className="challenge-overview__meta">
                      {item.phase && <span className="badge">{t(`innovationPhase.${item.phase}`)}</span>}
                      {item.lastLogDate && (
                        <span>
                          {t('challenge.overview.lastLog')} <DateText value={item.lastLogDate} format="date" />
                        </span>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
              {pages > 1 && (
                <nav className="pagination" aria-label={t('challenge.overview.pages')}>
                  <Button variant="secondary" disabled={page <= 1} onClick={() => goTo({ pagina: page - 1 })}>
                    {t('challenge.overview.previous')}
                  </Button>
                  <span aria-live="polite">{t('challenge.overview.pageOf', { page, pages })}</span>
                  <Button variant="secondary" disabled={page >= pages} onClick={() => goTo({ pagina: page + 1 })}>
                    {t('challenge.overview.next')}
                  </Button>
                </nav>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
