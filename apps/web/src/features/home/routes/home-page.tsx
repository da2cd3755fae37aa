import type { MeEnrolment } from '@koers/shared/api';
import type { EditionRole } from '@koers/shared/roles';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { Link } from 'react-router';
import { useCurrentPerson, viewerOf } from '../../../lib/session';
import { startPointsFor } from '../../../lib/start-points';

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
  const startPoints = startPointsFor(viewerOf(me));

  return (
    <>
      <h1>{t('home.greeting', { name: me.name })}</h1>
      {me.isAdmin && <p className="notice">{t('home.adminNotice')}</p>}
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
    </>
  );
}
