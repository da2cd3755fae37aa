import type { ScheduleEntry } from '@koers/shared/schedule';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { amsterdamDay, formatLongDate, formatMonth, formatTime, formatWeekday } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { addMonths, groupByMonth, monthWeeks } from '../schedule-model';
import { ScheduleEntryItem } from './schedule-entry';

/** 2027-03-01 is a Monday: the weekday names of its week head the columns. */
const WEEK_OF_MONDAY = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];

/** The programme as a month calendar, one month at a time, with that month's sessions listed below it. */
export function MonthCalendar({
  entries,
  month,
  onMonthChange,
  showEdition,
  now,
}: {
  entries: readonly ScheduleEntry[];
  /** The month shown, `YYYY-MM`. */
  month: string;
  onMonthChange: (month: string) => void;
  showEdition: boolean;
  now: Date;
}) {
  const { t, language } = useI18n();
  const byDay = new Map<string, ScheduleEntry[]>();
  for (const entry of entries) {
    const day = amsterdamDay(entry.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  const today = amsterdamDay(now);
  const monthLabel = formatMonth(`${month}-01`, language);
  const inMonth = groupByMonth(entries).find((group) => group.month === month)?.entries ?? [];

  return (
    <div className="month-calendar">
      <div className="month-calendar__nav">
        <Button variant="secondary" onClick={() => onMonthChange(addMonths(month, -1))}>
          <span aria-hidden="true">‹ </span>
          {t('schedule.calendar.previous')}
        </Button>
        <h3 className="month-calendar__title" aria-live="polite">
          {monthLabel}
        </h3>
        <Button variant="secondary" onClick={() => onMonthChange(addMonths(month, 1))}>
          {t('schedule.calendar.next')}
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
      <table className="month-calendar__grid">
        <caption className="visually-hidden">{t('schedule.calendar.caption', { month: monthLabel })}</caption>
        <thead>
          <tr>
            {WEEK_OF_MONDAY.map((day) => (
              <th key={day} scope="col">
                {formatWeekday(day, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, i) =>
                day ? (
                  <td key={day} className={day === today ? 'month-calendar__day month-calendar__day--today' : 'month-calendar__day'}>
                    <span className="month-calendar__date" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span className="visually-hidden">{formatLongDate(day, language)}</span>
                    {(byDay.get(day) ?? []).map((entry) => (
                      <Link
                        key={entry.sessionId}
                        to={sessionPagePath(entry.sessionId)}
                        className={`month-calendar__session month-calendar__session--${entry.kind}${entry.status === 'cancelled' ? ' month-calendar__session--cancelled' : ''}`}
                      >
                        <span aria-hidden="true">{formatTime(entry.startsAt, language)}</span>
                        <span className="visually-hidden">
                          {formatTime(entry.startsAt, language)} {entry.title}
                          {entry.status === 'cancelled' ? ` (${t('session.status.cancelled')})` : ''}
                        </span>
                      </Link>
                    ))}
                  </td>
                ) : (
                  <td key={`empty-${i}`} className="month-calendar__day month-calendar__day--outside" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {inMonth.length === 0 ? (
        <p>{t('schedule.calendar.empty')}</p>
      ) : (
        <ol className="schedule-list" aria-label={t('schedule.calendar.listLabel', { month: monthLabel })}>
          {inMonth.map((entry) => (
            <ScheduleEntryItem key={entry.sessionId} entry={entry} showEdition={showEdition} now={now} />
          ))}
        </ol>
      )}
    </div>
  );
}
