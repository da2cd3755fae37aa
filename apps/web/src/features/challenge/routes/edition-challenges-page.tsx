import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { SelectField } from '../../../components/select-field';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { participantChallengePath } from '../../../lib/paths';
import { useEditionChoice } from '../../../lib/edition-choice';
import { useSeesEveryGroup } from '../../../lib/session';
import { CHALLENGES_PAGE_SIZE, useEditionChallenges } from '../api/get-edition-challenges';
import '../challenge.css';

/** The trainers' overview: every participant of an edition with their challenge and how far it is. */
export function EditionChallengesPage() {
  const t = useT();
  usePageTitle(t('challenge.overview.title'));
  const { editions, editionId, page, goTo } = useEditionChoice('challenge.read');
  const challenges = useEditionChallenges(editionId, page);
  const seesEveryGroup = useSeesEveryGroup(editionId);

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
          ) : challenges.data.total === 0 ? (
            <p>{t(seesEveryGroup ? 'challenge.overview.empty' : 'challenge.overview.emptyOwnGroups')}</p>
          ) : (
            <>
              {/* A page past the last (an old link, a list that shrank) is empty; the pager says so. */}
              {challenges.data.items.length > 0 && (
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
              )}
              <Pager
                page={page}
                pageSize={CHALLENGES_PAGE_SIZE}
                total={challenges.data.total}
                label={t('challenge.overview.listLabel')}
                onPage={(pagina) => goTo({ pagina })}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
