import type { MeEnrolment } from '@koers/shared/api';
import type { EditionRole } from '@koers/shared/roles';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { editionsWhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { startPointsFor } from '../../../lib/start-points';
import { useHome } from '../api/get-home';
import { DirectorPart, OfficePart, ParticipantPart, ReviewPart, SessionsPart } from '../components/home-parts';
import { MeasurementTasksPart } from '../components/measurement-tasks-part';
import '../home.css';

interface EditionWithRoles {
  editionId: string;
  editionName: string;
  roles: EditionRole[];
  draft: boolean;
}

/** One entry per edition, with every role the person has in it. */
function groupByEdition(enrolments: readonly MeEnrolment[]): EditionWithRoles[] {
  const byId = new Map<string, EditionWithRoles>();
  for (const { editionId, editionName, role, draft = false } of enrolments) {
    const entry = byId.get(editionId) ?? { editionId, editionName, roles: [], draft };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    byId.set(editionId, entry);
  }
  return [...byId.values()];
}

export function HomePage() {
  const t = useT();
  usePageTitle(t('home.title'));
  const me = useCurrentPerson();
  const editions = groupByEdition(me.enrolments);
  const viewer = viewerOf(me);
  const startPoints = startPointsFor(viewer);
  const managedRegions = me.managedRegions ?? [];

  return (
    <>
      <h1>{t('home.greeting', { name: me.name })}</h1>
      {me.isAdmin && <p className="notice">{t('home.adminNotice')}</p>}
      <WhatNeedsYou participantEditions={editionsWhere(me, 'assignments.own')} />
      {editionsWhere(me, 'measurements.answer').size > 0 && <MeasurementTasksPart />}
      {startPoints.length > 0 && (
        <nav aria-labelledby="home-start-heading">
          <h2 id="home-start-heading">{t('home.start.title')}</h2>
          <ul className="start-points">
            {startPoints.map((point) => (
              <li key={point.to}>
                <Link className="button button--primary start-points__link" to={point.to}>
                  {t(point.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {managedRegions.length > 0 && (
        <section aria-labelledby="home-regions-heading">
          <h2 id="home-regions-heading">{t('home.regions.title')}</h2>
          <ul className="start-points">
            {managedRegions.map((region) => (
              <li key={region.id}>
                <Link className="button button--primary start-points__link" to={`${paths.region}?regio=${encodeURIComponent(region.id)}`}>
                  {t('home.regions.link', { region: region.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The programme office works in every edition from the parts above, a regional programme manager in their
          region: neither need be enrolled anywhere. */}
      {(editions.length > 0 || !(me.isAdmin || viewer.managesRegions)) && (
      <section aria-labelledby="home-editions-heading">
        <h2 id="home-editions-heading">{t('home.editions.title')}</h2>
        {editions.length === 0 ? (
          <p>{t('home.editions.empty')}</p>
        ) : (
          <ul className="card-list">
            {editions.map((edition) => (
              <li key={edition.editionId} className="card">
                <span className="card__title">{edition.editionName}</span>
                <span className="visually-hidden">{t('home.editions.roleLabel')}: </span>
                <span className="badges">
                  {/* Only those who prepare a draft are told about it, and told it is not published yet. */}
                  {edition.draft && <span className="badge">{t('home.editions.draft')}</span>}
                  {edition.roles.map((role) => (
                    <span key={role} className="badge">
                      {t(`role.${role}`)}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      )}
    </>
  );
}

/**
 * The parts of `GET /api/me/home`, in their own component: its query re-renders only this, never the page that
 * reads the logged-in person (which must not render again once a 401 has forgotten them).
 */
function WhatNeedsYou({ participantEditions }: { participantEditions: Map<string, string> }) {
  const t = useT();
  const home = useHome();
  return (
    <>
      {home.isPending && <p role="status">{t('app.loading')}</p>}
      {home.isError && (
        <Alert tone="error" live="off">
          {t('home.loadFailed')}
        </Alert>
      )}
      {home.data && (
        <>
          <SessionsPart sessions={home.data.sessions} shownElsewhere={home.data.director?.nextBoardMeeting?.sessionId} />
          {home.data.office && <OfficePart office={home.data.office} review={home.data.review} />}
          {home.data.review && !home.data.office && <ReviewPart review={home.data.review} />}
          {home.data.participant && (
            <ParticipantPart participant={home.data.participant} editionNames={participantEditions} />
          )}
          {home.data.director && <DirectorPart director={home.data.director} />}
        </>
      )}
    </>
  );
}
