import { LOCALE_TAGS } from '@koers/shared/domain';
import type { RegionOverview } from '@koers/shared/regions';
import { DateText } from '../../../components/date-text';
import { useI18n } from '../../../lib/i18n';

/**
 * The region's organisations, one row group each, with a row per edition they take part in: who, attendance over
 * all their participants together, and how many completed. Scrolls sideways on a narrow screen.
 */
export function RegionOverviewTable({ overview }: { overview: RegionOverview }) {
  const { t, language } = useI18n();
  const percent = new Intl.NumberFormat(LOCALE_TAGS[language], { style: 'percent', maximumFractionDigits: 0 });
  const caption = t('regions.overview.caption', { region: overview.region.name });
  if (overview.organisations.total === 0) return <p>{t('regions.overview.empty')}</p>;
  return (
    <div className="region-overview__scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="region-overview">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('regions.overview.organisation')}</th>
            <th scope="col">{t('regions.overview.edition')}</th>
            <th scope="col">{t('regions.overview.participants')}</th>
            <th scope="col">{t('regions.overview.attendance')}</th>
            <th scope="col">{t('regions.overview.completed')}</th>
          </tr>
        </thead>
        {overview.organisations.items.map((organisation) => (
          <tbody key={organisation.id}>
            {organisation.editions.length === 0 ? (
              <tr>
                <th scope="row">{organisation.name}</th>
                <td colSpan={4}>{t('regions.overview.notTakingPart')}</td>
              </tr>
            ) : (
              organisation.editions.map((edition, index) => (
                <tr key={edition.editionId}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={organisation.editions.length}>
                      {organisation.name}
                    </th>
                  )}
                  <td>
                    {edition.editionName}
                    <span className="region-overview__dates">
                      <DateText value={edition.startDate} format="date" /> – <DateText value={edition.endDate} format="date" />
                    </span>
                  </td>
                  <td>
                    <span className="region-overview__count">{t('regions.overview.participantCount', { count: edition.participants.length })}</span>
                    <ul className="region-overview__names">
                      {edition.participants.map((name, i) => (
                        <li key={`${name}-${i}`}>{name}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{edition.attendanceRate === null ? t('regions.overview.noDaysYet') : percent.format(edition.attendanceRate)}</td>
                  <td>{t('regions.overview.completedOf', { completed: edition.completed, count: edition.participants.length })}</td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
