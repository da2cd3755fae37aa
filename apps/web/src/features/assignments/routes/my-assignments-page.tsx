import { generatePath, Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { EditionAssignmentList } from '../components/edition-assignment-list';
import '../assignments.css';

const asList = (editions: Map<string, string>) => [...editions].map(([editionId, editionName]) => ({ editionId, editionName }));

/** Participants: their assignments per edition. Trainers: where to manage, follow and review them. */
export function MyAssignmentsPage() {
  const t = useT();
  usePageTitle(t('assignments.title'));
  const me = useCurrentPerson();
  const asParticipant = asList(editionsWhere(me, 'assignments.own'));
  const asTrainer = asList(editionsWhere(me, 'assignments.manage'));

  return (
    <>
      <h1>{t('assignments.title')}</h1>
      {asParticipant.length === 0 && asTrainer.length === 0 && <p>{t('assignments.none')}</p>}
      {asParticipant.map((edition) => (
        <EditionAssignmentList key={edition.editionId} {...edition} />
      ))}
      {asTrainer.length > 0 && (
        <section aria-labelledby="assignments-staff-heading">
          <h2 id="assignments-staff-heading">{t('assignments.staff.title')}</h2>
          <ul className="card-list">
            {asTrainer.map(({ editionId, editionName }) => (
              <li key={editionId} className="card assignment-card">
                <span className="card__title">{editionName}</span>
                <span className="assignment-card__links">
                  <Link to={generatePath(paths.editionAssignments, { editionId })}>{t('assignments.staff.manage')}</Link>
                  <Link to={generatePath(paths.editionAssignmentOverview, { editionId })}>{t('assignments.staff.overview')}</Link>
                  <Link to={`${paths.reviewQueue}?${new URLSearchParams({ editionId })}`}>{t('assignments.staff.review')}</Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
