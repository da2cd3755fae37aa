import type { MeEnrolment } from '@koers/shared/api';
import type { EditionRole } from '@koers/shared/roles';
import { generatePath, Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useCurrentPerson } from '../../../lib/session';
import { EditionAssignmentList } from '../components/edition-assignment-list';
import '../assignments.css';

function editionsWithRole(enrolments: readonly MeEnrolment[], role: EditionRole) {
  const byId = new Map(enrolments.filter((e) => e.role === role).map((e) => [e.editionId, e.editionName]));
  return [...byId].map(([editionId, editionName]) => ({ editionId, editionName }));
}

/** Participants: their assignments per edition. Trainers: where to manage, follow and review them. */
export function MyAssignmentsPage() {
  const t = useT();
  usePageTitle(t('assignments.title'));
  const me = useCurrentPerson();
  const asParticipant = editionsWithRole(me.enrolments, 'participant');
  const asTrainer = editionsWithRole(me.enrolments, 'trainer');

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
