import type { ScheduleEntry } from '@koers/shared/schedule';
import { formatMonth } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { groupByMonth } from '../schedule-model';
import { ScheduleEntryItem } from './schedule-entry';

/** The whole programme, month by month. */
export function ScheduleList({ entries, showEdition, now }: { entries: readonly ScheduleEntry[]; showEdition: boolean; now: Date }) {
  const { language } = useI18n();
  return (
    <div className="schedule-months">
      {groupByMonth(entries).map((group) => (
        <section key={group.month} aria-labelledby={`month-${group.month}`}>
          <h3 id={`month-${group.month}`} className="schedule-month__title">
            {formatMonth(`${group.month}-01`, language)}
          </h3>
          <ol className="schedule-list">
            {group.entries.map((entry) => (
              <ScheduleEntryItem key={entry.sessionId} entry={entry} showEdition={showEdition} now={now} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
