import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { SelectField } from '../../../components/select-field';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { participantChallengePath } from '../../../lib/paths';
import { useEditionChoice } from '../../../lib/edition-choice';
import { CHALLENGES_PAGE_SIZE, useEditionChallenges } from '../api/get-edition-challenges';
import '../challenge.css';

/** The trainers' overview: every participant of an edition with their challenge and how far it is. */
export function EditionChallengesPage() {
  const t = useT();
  usePageTitle(t('challenge.overview.title'));
  const { editions, editionId, page, goTo } = useEditionChoice('challenge.read');
  const challenges = useEditionChallenges(editionId, page);
  const pages = challenges.data ? Math.max(1, Math.ceil(challenges.data.total / CHALLENGES_PAGE_SIZE)) : 1;

  return (
    <>
      <h1>{t('challenge.overview.title')}</h1>
      {editions.length === 0 && !editionId ? (
        <p>{t('challenge.overview.noEditions')}</p>
      ) : (
        <>
          {editions.length > 1 && (
            <SelectField className="edition-picker" name="editie" label={t('challenge.edition')} options={editions} value={editionId} onChange={(event) => goTo({ editie: event.target.value })} />
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
