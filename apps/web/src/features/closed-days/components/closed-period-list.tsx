import type { ClosedPeriodView } from '@koers/shared/closed-days';
import { Button } from '../../../components/button';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';

interface ClosedPeriodListProps {
  periods: readonly ClosedPeriodView[];
  /** The id being removed, to mark its button busy. */
  removing: string | null;
  onRemove: (period: ClosedPeriodView & { id: string }) => void;
}

/** The closed days of a school year as a table that scrolls sideways on a narrow screen rather than squeezing. */
export function ClosedPeriodList({ periods, removing, onRemove }: ClosedPeriodListProps) {
  const { t, language } = useI18n();
  const when = ({ firstDay, lastDay }: ClosedPeriodView) =>
    firstDay === lastDay
      ? t('closedDays.oneDay', { day: formatDate(firstDay, language) })
      : t('closedDays.range', { first: formatDate(firstDay, language), last: formatDate(lastDay, language) });
  const appliesTo = ({ region, programme }: ClosedPeriodView) => {
    const regionName = region ? t(`closedDays.region.${region}`) : null;
    if (programme && regionName) return t('closedDays.programmeInRegion', { programme: programme.name, region: regionName });
    if (programme) return t('closedDays.programme', { programme: programme.name });
    return regionName ? t('closedDays.region', { region: regionName }) : t('closedDays.everywhere');
  };

  if (periods.length === 0) return <p>{t('closedDays.empty')}</p>;
  return (
    <div className="closed-days__scroll" tabIndex={0} role="region" aria-label={t('closedDays.title')}>
      <table className="closed-days">
        <thead>
          <tr>
            <th scope="col">{t('closedDays.name')}</th>
            <th scope="col">{t('closedDays.period')}</th>
            <th scope="col">{t('closedDays.appliesTo')}</th>
            <th scope="col">{t('closedDays.source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('closedDays.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={`${period.id ?? period.source}-${period.name}-${period.region}-${period.firstDay}`} className={`closed-days__row closed-days__row--${period.source}`}>
              <th scope="row">{period.name}</th>
              <td>{when(period)}</td>
              <td>{appliesTo(period)}</td>
              <td>{t(`closedDays.source.${period.source}`)}</td>
              <td>
                {period.id !== null && (
                  <Button
                    variant="secondary"
                    busy={removing === period.id}
                    aria-label={t('closedDays.removeLabel', { name: period.name })}
                    onClick={() => onRemove({ ...period, id: period.id! })}
                  >
                    {t('closedDays.remove')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
